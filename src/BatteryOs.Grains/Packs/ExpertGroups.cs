using System.Runtime.CompilerServices;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Grains.Packs;

/// <summary>
/// A routed chunk's selections grouped by expert (a counting sort): expert e's frames are one
/// contiguous segment of a shared pooled array, and its answers go back to the frame-major risk array
/// through the matching segment of positions.
/// </summary>
internal sealed class ExpertGroups : IDisposable
{
    private readonly int[] _offsets;
    private readonly int[] _positions;
    private readonly TelemetryFrame[] _frames;

    private ExpertGroups(int expertCount, int entries)
    {
        Counts = new int[expertCount];
        _offsets = new int[expertCount];
        _positions = BatchBuffers.Rent<int>(entries);
        _frames = BatchBuffers.Rent<TelemetryFrame>(entries);
    }

    /// <summary>Frames routed to each expert.</summary>
    public int[] Counts { get; }

    /// <summary>Groups the selections of <paramref name="routing"/> over <paramref name="frames"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ExpertGroups Of(TelemetryFrame[] frames, RoutingBatch routing, int expertCount)
    {
        var k = routing.K;
        var selected = routing.Experts.AsSpan(0, routing.FrameCount * k);
        var groups = new ExpertGroups(expertCount, selected.Length);
        foreach (var e in selected)
        {
            groups.Counts[e]++;
        }

        Span<int> next = stackalloc int[expertCount];
        for (int e = 0, start = 0; e < expertCount; start += groups.Counts[e], e++)
        {
            groups._offsets[e] = start;
            next[e] = start;
        }

        var positions = groups._positions.AsSpan();
        var sorted = groups._frames.AsSpan();
        for (int f = 0, i = 0; f < routing.FrameCount; f++)
        {
            var frame = frames[f];
            for (var j = 0; j < k; j++, i++)
            {
                var slot = next[selected[i]]++;
                positions[slot] = i;
                sorted[slot] = frame;
            }
        }

        return groups;
    }

    /// <summary>The batch of frames for expert <paramref name="e"/>.</summary>
    public FrameBatch FramesFor(int e) => new(_frames, Counts[e], _offsets[e]);

    /// <summary>Writes expert <paramref name="e"/>'s answers to their places in <paramref name="risks"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Scatter(int e, RiskBatch answer, double[] risks)
    {
        var positions = _positions.AsSpan(_offsets[e], Counts[e]);
        var values = answer.Risks.AsSpan(0, Counts[e]);
        for (var n = 0; n < positions.Length; n++)
        {
            risks[positions[n]] = values[n];
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        BatchBuffers.Return(_positions);
        BatchBuffers.Return(_frames);
    }
}
