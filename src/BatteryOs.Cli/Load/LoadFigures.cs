using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Ingestion;

namespace BatteryOs.Cli.Load;

/// <summary>Puts a load run's figures side by side and lists every one that disagrees.</summary>
internal static class LoadFigures
{
    /// <summary>The report of a finished run.</summary>
    public static LoadReport Report(LoadSettings settings, LoadSchedule sent, LoadPublisher publisher,
        IngestionTotals counted, long cyclesAdded, int packsShort, double publishSeconds, double endToEndSeconds,
        long maxBacklog)
    {
        var problems = new List<string>();
        void Expect(bool agrees, string problem)
        {
            if (!agrees)
            {
                problems.Add(problem);
            }
        }

        Expect(publisher.Failed == 0, $"{publisher.Failed} publishes failed ({publisher.FirstFailure})");
        Expect(publisher.Unrouted == 0, $"{publisher.Unrouted} messages reached no subscriber (is a silo subscribed?)");
        Expect(counted.Accepted == counted.Applied, $"accepted {counted.Accepted:N0} != applied {counted.Applied:N0}");
        Expect(counted.Applied == sent.Valid, $"applied {counted.Applied:N0} != valid frames sent {sent.Valid:N0}");
        Expect(cyclesAdded == counted.Applied, $"cycles added {cyclesAdded:N0} != applied {counted.Applied:N0}");
        Expect(counted.Duplicates == sent.Duplicates,
            $"duplicates counted {counted.Duplicates:N0} != sent {sent.Duplicates:N0}");
        Expect(counted.SkippedSeqs == 0, $"{counted.SkippedSeqs:N0} seqs were given up as gaps");
        Expect(packsShort == 0, $"{packsShort:N0} packs did not reach their last seq in time");
        foreach (var reason in RejectReasons.All)
        {
            Expect(counted.RejectedFor(reason) == sent.BadFor(reason),
                $"rejected as {reason.Label()}: {counted.RejectedFor(reason):N0} != sent {sent.BadFor(reason):N0}");
        }

        return new LoadReport
        {
            Packs = settings.Packs,
            Rate = settings.Rate,
            Seconds = settings.Seconds,
            Broker = settings.Mqtt.ToString(),
            Published = sent.Valid + sent.Bad + sent.Duplicates,
            ValidSent = sent.Valid,
            BadSent = sent.Bad,
            DuplicatesSent = sent.Duplicates,
            BadSentByReason = ByReason(sent.BadFor),
            PublishFailed = publisher.Failed,
            PublishUnrouted = publisher.Unrouted,
            PublishSeconds = publishSeconds,
            PublishRatePerSecond = (sent.Valid + sent.Bad + sent.Duplicates) / Math.Max(publishSeconds, 1e-9),
            EndToEndSeconds = endToEndSeconds,
            AppliedRatePerSecond = counted.Applied / Math.Max(endToEndSeconds, 1e-9),
            MaxBacklogFrames = maxBacklog,
            Accepted = counted.Accepted,
            Applied = counted.Applied,
            Duplicates = counted.Duplicates,
            SkippedSeqs = counted.SkippedSeqs,
            Rejected = counted.RejectedTotal,
            RejectedByReason = ByReason(counted.RejectedFor),
            CyclesAdded = cyclesAdded,
            PacksShort = packsShort,
            Problems = problems,
        };
    }

    private static Dictionary<string, long> ByReason(Func<RejectReason, long> count) =>
        RejectReasons.All.Where(r => count(r) != 0).ToDictionary(r => r.Label(), count);
}
