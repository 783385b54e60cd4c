using System.Runtime.CompilerServices;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Packs;

/// <summary>
/// A routed chunk's selections grouped by expert (a counting sort): expert e's frames, and the pack's
/// condition before each, are one contiguous segment, and its answers go back to the frame-major arrays
/// through the matching positions. Dropped selections (<see cref="CapacityLimiter.Dropped"/>) reach no
/// expert: their risk and cost stay 0. Reused chunk after chunk.
/// </summary>
public sealed class ExpertSelections
{
    private readonly int[] _offsets;
    private readonly int[] _positions;
    private readonly TelemetryFrame[] _frames;
    private readonly PackCondition[] _before;
    private readonly double[] _risks;
    private readonly double[] _costs;
    private int _entries;

    /// <summary>Room for up to <paramref name="maxSelections"/> selections among <paramref name="expertCount"/> experts.</summary>
    public ExpertSelections(int expertCount, int maxSelections)
    {
        Counts = new int[expertCount];
        _offsets = new int[expertCount];
        _positions = new int[maxSelections];
        _frames = new TelemetryFrame[maxSelections];
        _before = new PackCondition[maxSelections];
        _risks = new double[maxSelections];
        _costs = new double[maxSelections];
    }

    /// <summary>Selections per expert in the chunk last grouped.</summary>
    public int[] Counts { get; }

    /// <summary>Groups frame-major <paramref name="experts"/> (k per frame) by expert.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Group(ReadOnlySpan<byte> experts, int k, ReadOnlySpan<TelemetryFrame> frames,
        ReadOnlySpan<PackCondition> before)
    {
        Array.Clear(Counts);
        _entries = experts.Length;
        foreach (var e in experts)
        {
            if (e != CapacityLimiter.Dropped)
            {
                Counts[e]++;
            }
        }

        Span<int> next = stackalloc int[Counts.Length];
        for (int e = 0, offset = 0; e < Counts.Length; offset += Counts[e], e++)
        {
            _offsets[e] = offset;
            next[e] = offset;
        }

        for (var i = 0; i < experts.Length; i++)
        {
            var e = experts[i];
            if (e != CapacityLimiter.Dropped)
            {
                var slot = next[e]++;
                _positions[slot] = i;
                _frames[slot] = frames[i / k];
                _before[slot] = before[i / k];
            }
        }
    }

    /// <summary>Has <paramref name="assessor"/> assess expert <paramref name="e"/>'s frames, keeping its answers.</summary>
    public void Assess(int e, Experts.IExpertAssessor assessor)
    {
        var (offset, count) = (_offsets[e], Counts[e]);
        assessor.Assess(_frames.AsSpan(offset, count), _before.AsSpan(offset, count), _risks.AsSpan(offset, count),
            _costs.AsSpan(offset, count));
    }

    /// <summary>Writes every answer to its frame-major place; dropped selections get 0.</summary>
    public void Scatter(Span<double> risksOut, Span<double> costsOut)
    {
        risksOut[.._entries].Clear();
        costsOut[.._entries].Clear();
        var total = _offsets[^1] + Counts[^1];
        for (var slot = 0; slot < total; slot++)
        {
            risksOut[_positions[slot]] = _risks[slot];
            costsOut[_positions[slot]] = _costs[slot];
        }
    }
}
