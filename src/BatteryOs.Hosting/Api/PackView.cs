using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Experts;

namespace BatteryOs.Hosting.Api;

/// <summary>GET /api/packs/{id}: a pack's condition, its ingestion record and its routing.</summary>
public sealed record PackView
{
    public long PackId { get; init; }
    public string Model { get; init; } = "";
    public long Cycle { get; init; }
    public long CheckpointCycle { get; init; }
    public double SeiNm { get; init; }
    public double SohPct { get; init; }
    public double SohSmoothedPct { get; init; }
    public double MixtureRisk { get; init; }
    public long LastSeq { get; init; }
    public int HeldFrames { get; init; }
    public long IngestedFrames { get; init; }
    public long Gaps { get; init; }
    public long SkippedSeqs { get; init; }
    public DateTimeOffset? LastTimestamp { get; init; }
    public double? LastSocPct { get; init; }

    /// <summary>The experts and gate weights chosen for the last ingested cycle, best first.</summary>
    public IReadOnlyList<ExpertWeight> RecentRouting { get; init; } = [];

    /// <summary>Lifetime top-k selections per expert name.</summary>
    public IReadOnlyDictionary<string, long> RoutingCounts { get; init; } = new Dictionary<string, long>();

    /// <summary>One chosen expert and its gate weight.</summary>
    public sealed record ExpertWeight(string Expert, double Weight);

    /// <summary>The view of a pack's summary.</summary>
    public static PackView Of(PackSummary pack) => new()
    {
        PackId = pack.PackId,
        Model = pack.Model,
        Cycle = pack.Cycle,
        CheckpointCycle = pack.CheckpointCycle,
        SeiNm = pack.SeiNm,
        SohPct = pack.SohPct,
        SohSmoothedPct = pack.SohSmoothedPct,
        MixtureRisk = pack.MixtureRisk,
        LastSeq = pack.LastSeq,
        HeldFrames = pack.HeldFrames,
        IngestedFrames = pack.IngestedFrames,
        Gaps = pack.Gaps,
        SkippedSeqs = pack.SkippedSeqs,
        LastTimestamp = pack.LastTimestampUnixMs > 0
            ? DateTimeOffset.FromUnixTimeMilliseconds(pack.LastTimestampUnixMs)
            : null,
        LastSocPct = pack.LastSocPct,
        RecentRouting = [.. pack.RecentExperts.Select((e, j) => new ExpertWeight(Name(e), pack.RecentWeights[j]))],
        RoutingCounts = pack.RoutingCounts.Select((count, e) => (Name((byte)e), count))
            .ToDictionary(p => p.Item1, p => p.count),
    };

    private static string Name(byte expert) =>
        expert < ExpertCatalog.Count ? ExpertCatalog.All[expert].Name : $"expert {expert}";
}
