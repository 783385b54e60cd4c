using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;

namespace BatteryOs.Grains.Routing;

/// <summary>
/// Everything the silo's router has routed since start: frames, and per expert the selections it took,
/// overflowed and dropped. Thread-safe; read by benchmarks and the metrics.
/// </summary>
public sealed class RoutingStatistics
{
    private readonly long[] _selected = new long[ExpertCatalog.Count];
    private readonly long[] _overflowed = new long[ExpertCatalog.Count];
    private readonly long[] _dropped = new long[ExpertCatalog.Count];
    private long _frames;
    private long _batches;

    /// <summary>Frames routed.</summary>
    public long Frames => Interlocked.Read(ref _frames);

    /// <summary>Router calls.</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Adds one routed batch.</summary>
    public void Add(int frames, RoutingTally tally)
    {
        Interlocked.Add(ref _frames, frames);
        Interlocked.Increment(ref _batches);
        for (var e = 0; e < _selected.Length; e++)
        {
            AddIfAny(ref _selected[e], tally.Selected[e]);
            AddIfAny(ref _overflowed[e], tally.Overflowed[e]);
            AddIfAny(ref _dropped[e], tally.Dropped[e]);
        }
    }

    /// <summary>A copy of the counts so far.</summary>
    public RoutingTally Snapshot()
    {
        var tally = new RoutingTally(_selected.Length);
        for (var e = 0; e < _selected.Length; e++)
        {
            tally.Selected[e] = Interlocked.Read(ref _selected[e]);
            tally.Overflowed[e] = Interlocked.Read(ref _overflowed[e]);
            tally.Dropped[e] = Interlocked.Read(ref _dropped[e]);
        }

        return tally;
    }

    private static void AddIfAny(ref long counter, long value)
    {
        if (value != 0)
        {
            Interlocked.Add(ref counter, value);
        }
    }
}
