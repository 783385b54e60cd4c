using BatteryOs.Hosting.Ingestion;
using BatteryOs.Model.Ingestion;

namespace BatteryOs.Cli.Load;

/// <summary>
/// Which message a load run sends next and what it expects of it: messages go round-robin over the packs,
/// each pack's valid frames numbered on from the last seq it had applied.
/// </summary>
internal sealed class LoadSchedule(LoadSettings settings, long[] lastSeqBefore)
{
    private readonly long[] _lastSent = [.. lastSeqBefore];
    private readonly string[] _topics = [.. Enumerable.Range(0, settings.Packs)
        .Select(i => TelemetryTopic.For(settings.FirstPack + i))];
    private readonly long[] _badByReason = new long[RejectReasons.All.Count];
    private long _bad;

    /// <summary>Valid frames sent.</summary>
    public long Valid { get; private set; }

    /// <summary>Invalid messages sent.</summary>
    public long Bad => _bad;

    /// <summary>Repeated frames sent.</summary>
    public long Duplicates { get; private set; }

    /// <summary>Invalid messages sent, by the reason they must be rejected for.</summary>
    public long BadFor(RejectReason reason) => _badByReason[(int)reason];

    /// <summary>The last seq each pack was sent (by index from the first pack).</summary>
    public long[] LastSent => _lastSent;

    /// <summary>Message <paramref name="index"/>: its topic and payload.</summary>
    public (string Topic, byte[] Payload) Next(long index, DateTimeOffset now)
    {
        var pack = (int)(index % settings.Packs);
        var packId = settings.FirstPack + pack;
        switch (settings.KindOf(index))
        {
            case LoadMessageKind.Bad:
                var (topic, payload, reason) = LoadPayloads.Bad(_bad++, packId, _lastSent[pack] + 1, now);
                _badByReason[(int)reason]++;
                return (topic, payload);
            case LoadMessageKind.Duplicate when _lastSent[pack] > lastSeqBefore[pack]:
                Duplicates++;
                return (_topics[pack], LoadPayloads.Frame(packId, _lastSent[pack], now));
            default:
                Valid++;
                return (_topics[pack], LoadPayloads.Frame(packId, ++_lastSent[pack], now));
        }
    }
}
