using System.Runtime.CompilerServices;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Grains.Packs;

/// <summary>
/// A routed chunk's selections grouped by expert: for each expert, the frames routed to it and where
/// each of its answers goes back in the frame-major risk array. Buffers are pooled.
/// </summary>
internal sealed class ExpertGroups : IDisposable
{
    private readonly int[][] _positions;
    private readonly TelemetryFrame[][] _frames;

    private ExpertGroups(int expertCount)
    {
        Counts = new int[expertCount];
        _positions = new int[expertCount][];
        _frames = new TelemetryFrame[expertCount][];
    }

    /// <summary>Frames routed to each expert.</summary>
    public int[] Counts { get; }

    /// <summary>Groups the selections of <paramref name="routing"/> over <paramref name="frames"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ExpertGroups Of(TelemetryFrame[] frames, RoutingBatch routing, int expertCount)
    {
        var groups = new ExpertGroups(expertCount);
        var entries = routing.FrameCount * routing.K;
        var selected = routing.Experts.AsSpan(0, entries);
        foreach (var e in selected)
        {
            groups.Counts[e]++;
        }

        for (var e = 0; e < expertCount; e++)
        {
            if (groups.Counts[e] > 0)
            {
                groups._positions[e] = BatchBuffers.Rent<int>(groups.Counts[e]);
                groups._frames[e] = BatchBuffers.Rent<TelemetryFrame>(groups.Counts[e]);
            }
        }

        Span<int> filled = stackalloc int[expertCount];
        for (int f = 0, i = 0; f < routing.FrameCount; f++)
        {
            var frame = frames[f];
            for (var j = 0; j < routing.K; j++, i++)
            {
                var e = selected[i];
                var slot = filled[e]++;
                groups._positions[e][slot] = i;
                groups._frames[e][slot] = frame;
            }
        }

        return groups;
    }

    /// <summary>The batch of frames for expert <paramref name="e"/>.</summary>
    public FrameBatch FramesFor(int e) => new(_frames[e], Counts[e]);

    /// <summary>Writes expert <paramref name="e"/>'s answers to their places in <paramref name="risks"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Scatter(int e, RiskBatch answer, double[] risks)
    {
        var positions = _positions[e].AsSpan(0, Counts[e]);
        var values = answer.Risks.AsSpan(0, Counts[e]);
        for (var n = 0; n < positions.Length; n++)
        {
            risks[positions[n]] = values[n];
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        for (var e = 0; e < Counts.Length; e++)
        {
            if (Counts[e] > 0)
            {
                BatchBuffers.Return(_positions[e]);
                BatchBuffers.Return(_frames[e]);
            }
        }
    }
}
