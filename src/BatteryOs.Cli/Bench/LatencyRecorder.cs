using System.Diagnostics;

namespace BatteryOs.Cli.Bench;

/// <summary>Per-call latencies from many threads, in timestamp ticks, and their percentiles.</summary>
internal sealed class LatencyRecorder(int capacity)
{
    private readonly long[] _ticks = new long[capacity];
    private int _count;

    /// <summary>Latencies recorded.</summary>
    public int Count => Math.Min(_count, _ticks.Length);

    /// <summary>Records one call that started at <paramref name="startTimestamp"/> and ended now.</summary>
    public void Record(long startTimestamp)
    {
        var slot = Interlocked.Increment(ref _count) - 1;
        if (slot < _ticks.Length)
        {
            _ticks[slot] = Stopwatch.GetTimestamp() - startTimestamp;
        }
    }

    /// <summary>The nearest-rank percentile of the recorded latencies, ms (0 when none).</summary>
    public double PercentileMs(double fraction)
    {
        var count = Count;
        if (count == 0)
        {
            return 0;
        }

        var sorted = _ticks[..count];
        Array.Sort(sorted);
        var rank = Math.Clamp((int)Math.Ceiling(fraction * count), 1, count);
        return sorted[rank - 1] * 1000.0 / Stopwatch.Frequency;
    }
}
