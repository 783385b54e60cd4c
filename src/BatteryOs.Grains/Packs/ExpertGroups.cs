using System.Runtime.CompilerServices;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Grains.Packs;

/// <summary>
/// A routed chunk's selections grouped by expert (a counting sort): expert e's frames, and the pack's
/// condition before each, are one contiguous segment of shared pooled arrays, and its answers go back to
/// the frame-major answer arrays through the matching segment of positions.
/// </summary>
internal sealed class ExpertGroups : IDisposable
{
    private readonly int[] _offsets;
    private readonly int[] _positions;
    private readonly TelemetryFrame[] _frames;
    private readonly PackCondition[] _before;

    private ExpertGroups(int expertCount, int entries)
    {
        Counts = new int[expertCount];
        _offsets = new int[expertCount];
        _positions = BatchBuffers.Rent<int>(entries);
        _frames = BatchBuffers.Rent<TelemetryFrame>(entries);
        _before = BatchBuffers.Rent<PackCondition>(entries);
    }

    /// <summary>Frames routed to each expert.</summary>
    public int[] Counts { get; }

    /// <summary>
    /// Groups the selections of <paramref name="routing"/> over <paramref name="frames"/>; frame 0 runs from
    /// <paramref name="start"/>, frame f &gt; 0 from <paramref name="previewed"/>[f - 1].
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ExpertGroups Of(TelemetryFrame[] frames, PackCondition start, PackCondition[] previewed,
        RoutingBatch routing, int expertCount)
    {
        var k = routing.K;
        var selected = routing.Experts.AsSpan(0, routing.FrameCount * k);
        var groups = new ExpertGroups(expertCount, selected.Length);
        foreach (var e in selected)
        {
            groups.Counts[e]++;
        }

        Span<int> next = stackalloc int[expertCount];
        for (int e = 0, offset = 0; e < expertCount; offset += groups.Counts[e], e++)
        {
            groups._offsets[e] = offset;
            next[e] = offset;
        }

        var positions = groups._positions.AsSpan();
        var sorted = groups._frames.AsSpan();
        var before = groups._before.AsSpan();
        for (int f = 0, i = 0; f < routing.FrameCount; f++)
        {
            var frame = frames[f];
            var condition = f == 0 ? start : previewed[f - 1];
            for (var j = 0; j < k; j++, i++)
            {
                var slot = next[selected[i]]++;
                positions[slot] = i;
                sorted[slot] = frame;
                before[slot] = condition;
            }
        }

        return groups;
    }

    /// <summary>The batch for expert <paramref name="e"/> under <paramref name="model"/>.</summary>
    public ExpertBatch BatchFor(int e, string model) => new(new FrameBatch(_frames, Counts[e], _offsets[e]), _before,
        model);

    /// <summary>Writes expert <paramref name="e"/>'s answers to their places in the frame-major arrays.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Scatter(int e, ExpertAnswer answer, double[] risks, double[] degradationPct)
    {
        var positions = _positions.AsSpan(_offsets[e], Counts[e]);
        var riskValues = answer.Risks.AsSpan(0, Counts[e]);
        var degradationValues = answer.DegradationPct.AsSpan(0, Counts[e]);
        for (var n = 0; n < positions.Length; n++)
        {
            risks[positions[n]] = riskValues[n];
            degradationPct[positions[n]] = degradationValues[n];
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        BatchBuffers.Return(_positions);
        BatchBuffers.Return(_frames);
        BatchBuffers.Return(_before);
    }
}
