using BatteryOs.Model.Packs;

namespace BatteryOs.Grains.Metrics;

/// <summary>
/// How many packs this silo has active, and how many of those are below end of life. Pack grains report
/// their activation, their deactivation and each crossing of the threshold; the gauges read the totals.
/// Updated with interlocked operations, once per chunk at most, so it costs nothing per cycle.
/// </summary>
public sealed class PackPopulation
{
    private long _active;
    private long _belowEndOfLife;

    /// <summary>Pack activations on this silo.</summary>
    public long Active => Interlocked.Read(ref _active);

    /// <summary>Active packs whose latest SoH is below <see cref="EndOfLife.SohPct"/>.</summary>
    public long BelowEndOfLife => Interlocked.Read(ref _belowEndOfLife);

    /// <summary>A pack activated; it counts as above end of life until it reports otherwise.</summary>
    public void Activated() => Interlocked.Increment(ref _active);

    /// <summary>A pack deactivated; <paramref name="wasBelowEndOfLife"/> is what it last reported.</summary>
    public void Deactivated(bool wasBelowEndOfLife)
    {
        if (wasBelowEndOfLife)
        {
            Interlocked.Decrement(ref _belowEndOfLife);
        }

        Interlocked.Decrement(ref _active);
    }

    /// <summary>
    /// Reports a pack's latest SoH. <paramref name="belowEndOfLife"/> is the pack's own memory of what it
    /// reported last; the totals change only when the pack crosses the threshold.
    /// </summary>
    public void Observe(ref bool belowEndOfLife, double sohPct)
    {
        var below = EndOfLife.IsReached(sohPct);
        if (below == belowEndOfLife)
        {
            return;
        }

        belowEndOfLife = below;
        if (below)
        {
            Interlocked.Increment(ref _belowEndOfLife);
        }
        else
        {
            Interlocked.Decrement(ref _belowEndOfLife);
        }
    }
}
