using System.Runtime.CompilerServices;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Packs;

/// <summary>
/// A routed batch's selections grouped by expert (a counting sort): expert e's frames, and the condition
/// before each, are one contiguous segment of <see cref="FrameBuffer"/> and <see cref="BeforeBuffer"/> from
/// <see cref="Offset"/>, and its answers go back to the frame-major arrays through the matching positions.
/// Dropped selections (<see cref="CapacityLimiter.Dropped"/>) reach no expert: their risk and cost are 0.
/// Reused batch after batch; the buffers grow as needed. Not thread-safe.
/// </summary>
public sealed class ExpertSelections
{
    private readonly int[] _offsets;
    private int[] _positions = [];
    private TelemetryFrame[] _frames = [];
    private PackCondition[] _before = [];
    private double[] _risks = [];
    private double[] _costs = [];
    private int _entries;
    private int _grouped;

    /// <summary>Empty groups for <paramref name="expertCount"/> experts.</summary>
    public ExpertSelections(int expertCount)
    {
        Counts = new int[expertCount];
        _offsets = new int[expertCount];
    }

    /// <summary>Selections per expert in the batch last grouped.</summary>
    public int[] Counts { get; }

    /// <summary>The grouped frames; expert e's are <see cref="Counts"/>[e] from <see cref="Offset"/>(e).</summary>
    public TelemetryFrame[] FrameBuffer => _frames;

    /// <summary>The condition before each grouped frame, aligned with <see cref="FrameBuffer"/>.</summary>
    public PackCondition[] BeforeBuffer => _before;

    /// <summary>Where expert <paramref name="e"/>'s segment starts.</summary>
    public int Offset(int e) => _offsets[e];

    /// <summary>Groups frame-major <paramref name="experts"/> (k per frame) by expert.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Group(ReadOnlySpan<byte> experts, int k, ReadOnlySpan<TelemetryFrame> frames,
        ReadOnlySpan<PackCondition> before)
    {
        if (k < 1 && !experts.IsEmpty)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "Each frame needs at least one selection.");
        }

        EnsureCapacity(experts.Length);
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
        _grouped = 0;
        for (var e = 0; e < Counts.Length; _grouped += Counts[e], e++)
        {
            _offsets[e] = _grouped;
            next[e] = _grouped;
        }

        // Selection i is rank i % k of frame i / k: walk frames and ranks instead of dividing per selection.
        var i = 0;
        for (var frame = 0; i < experts.Length; frame++)
        {
            var end = Math.Min(i + k, experts.Length);
            for (; i < end; i++)
            {
                var e = experts[i];
                if (e != CapacityLimiter.Dropped)
                {
                    var slot = next[e]++;
                    _positions[slot] = i;
                    _frames[slot] = frames[frame];
                    _before[slot] = before[frame];
                }
            }
        }
    }

    /// <summary>
    /// Has <paramref name="assessor"/> assess expert <paramref name="e"/>'s frames, keeping its answers.
    /// </summary>
    public void Assess(int e, IExpertAssessor assessor)
    {
        var (offset, count) = (_offsets[e], Counts[e]);
        assessor.Assess(_frames.AsSpan(offset, count), _before.AsSpan(offset, count), _risks.AsSpan(offset, count),
            _costs.AsSpan(offset, count));
    }

    /// <summary>
    /// Keeps expert <paramref name="e"/>'s answers, computed elsewhere (one per frame of its segment).
    /// </summary>
    public void Answer(int e, ReadOnlySpan<double> risks, ReadOnlySpan<double> costs)
    {
        var (offset, count) = (_offsets[e], Counts[e]);
        risks[..count].CopyTo(_risks.AsSpan(offset, count));
        costs[..count].CopyTo(_costs.AsSpan(offset, count));
    }

    /// <summary>Writes every answer to its frame-major place; dropped selections get 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Scatter(Span<double> risksOut, Span<double> costsOut)
    {
        risksOut[.._entries].Clear();
        costsOut[.._entries].Clear();
        for (var slot = 0; slot < _grouped; slot++)
        {
            risksOut[_positions[slot]] = _risks[slot];
            costsOut[_positions[slot]] = _costs[slot];
        }
    }

    private void EnsureCapacity(int selections)
    {
        if (_positions.Length >= selections)
        {
            return;
        }

        var size = (int)Math.Min(Array.MaxLength,
            Math.Max(64L, 1L << (64 - (int)ulong.LeadingZeroCount((ulong)selections))));
        _positions = new int[size];
        _frames = new TelemetryFrame[size];
        _before = new PackCondition[size];
        _risks = new double[size];
        _costs = new double[size];
    }
}
