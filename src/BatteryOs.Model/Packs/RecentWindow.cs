using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Packs;

/// <summary>
/// The last W frames of a pack and the raw SoH each produced, oldest first once full; the smoothed
/// SoH is their mean, a box filter that suppresses cycle-to-cycle sensor noise.
/// </summary>
public sealed class RecentWindow
{
    private readonly TelemetryFrame[] _frames;
    private readonly double[] _sohPct;
    private int _count;
    private int _next;

    /// <summary>An empty window holding up to <paramref name="capacity"/> cycles.</summary>
    public RecentWindow(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _frames = new TelemetryFrame[capacity];
        _sohPct = new double[capacity];
    }

    /// <summary>Maximum number of cycles kept.</summary>
    public int Capacity => _frames.Length;

    /// <summary>Number of cycles currently kept.</summary>
    public int Count => _count;

    /// <summary>Adds one cycle, dropping the oldest when full.</summary>
    public void Push(in TelemetryFrame frame, double sohPct)
    {
        _frames[_next] = frame;
        _sohPct[_next] = sohPct;
        _next = (_next + 1) % _frames.Length;
        _count = Math.Min(_count + 1, _frames.Length);
    }

    /// <summary>Mean raw SoH over the kept cycles, or <paramref name="fallbackPct"/> when empty.</summary>
    public double SmoothedSohPct(double fallbackPct)
    {
        if (_count == 0)
        {
            return fallbackPct;
        }

        var sum = 0.0;
        foreach (var index in Order())
        {
            sum += _sohPct[index];
        }

        return sum / _count;
    }

    /// <summary>The kept frames, oldest first.</summary>
    public TelemetryFrame[] Frames() => [.. Order().Select(i => _frames[i])];

    /// <summary>The kept raw SoH values, oldest first.</summary>
    public double[] SohValuesPct() => [.. Order().Select(i => _sohPct[i])];

    /// <summary>Rebuilds a window from stored frames and SoH values (oldest first).</summary>
    public static RecentWindow Restore(int capacity, IReadOnlyList<TelemetryFrame> frames, IReadOnlyList<double> sohPct)
    {
        if (frames.Count != sohPct.Count)
        {
            throw new ArgumentException("Stored window frames and SoH values differ in length.");
        }

        var window = new RecentWindow(capacity);
        for (var i = Math.Max(0, frames.Count - capacity); i < frames.Count; i++)
        {
            window.Push(frames[i], sohPct[i]);
        }

        return window;
    }

    private IEnumerable<int> Order()
    {
        var start = _count < _frames.Length ? 0 : _next;
        for (var i = 0; i < _count; i++)
        {
            yield return (start + i) % _frames.Length;
        }
    }
}
