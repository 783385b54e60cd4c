using System.Runtime.CompilerServices;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Gating;

/// <summary>
/// The seed profile's heuristic gate: each expert's raw threshold weight, normalised by the sum of
/// all raw weights, keeping the top k, largest first (ties go to the lower expert index).
/// </summary>
/// <remarks>
/// Every raw weight is one of two values, so a frame's whole routing depends only on which rules it
/// trips. The routing of every such pattern is computed once, with the very same arithmetic, and a
/// frame's routing is a table lookup: bit-for-bit the answer of computing it afresh.
/// </remarks>
public sealed class SeedGate : IRoutingGate
{
    /// <summary>The most experts the gate accepts (the table has 2^n patterns).</summary>
    public const int MaxExperts = 12;

    private readonly SeedGateRule[] _rules;
    private readonly int[] _column;
    private readonly double[] _threshold;
    private readonly RoutingTable?[] _tables;

    /// <summary>A gate over the given experts (by default the whole catalog).</summary>
    public SeedGate(IReadOnlyList<IExpertModel>? experts = null)
    {
        _rules = [.. (experts ?? ExpertCatalog.All).Select(e => e.SeedGateRule)];
        if (_rules.Length is 0 or > MaxExperts)
        {
            throw new ArgumentException($"The gate takes 1 to {MaxExperts} experts.", nameof(experts));
        }

        // A constant rule reads column 0 against an infinite threshold: it never trips.
        _column = [.. _rules.Select(r => r.Feature == TelemetryFeature.None ? 0 : (int)r.Feature - 1)];
        _threshold =
            [.. _rules.Select(r => r.Feature == TelemetryFeature.None ? double.PositiveInfinity : r.Threshold)];
        _tables = new RoutingTable?[_rules.Length + 1];
    }

    /// <summary>Number of experts the gate chooses among.</summary>
    public int ExpertCount => _rules.Length;

    /// <inheritdoc />
    /// <remarks>The seed's weights are each expert's share of all raw weights, kept or not.</remarks>
    public bool RenormalizesKept => false;

    /// <inheritdoc />
    /// <remarks>The seed rules look at the frame only.</remarks>
    public void Rank(ReadOnlySpan<TelemetryFrame> frames, ReadOnlySpan<PackCondition> before, PackGeometry geometry,
        int depth, Span<byte> expertsOut, Span<double> weightsOut) =>
        Route(frames, depth, expertsOut, weightsOut);

    /// <summary>
    /// Routes every frame: writes k expert indices and k weights per frame, frame-major, into
    /// <paramref name="expertsOut"/> and <paramref name="weightsOut"/> (each frames.Length * k long).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Route(ReadOnlySpan<TelemetryFrame> frames, int k, Span<byte> expertsOut, Span<double> weightsOut)
    {
        if (k < 1 || k > _rules.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be between 1 and {_rules.Length}.");
        }

        if (expertsOut.Length < frames.Length * k || weightsOut.Length < frames.Length * k)
        {
            throw new ArgumentException("Output spans must hold frames.Length * k entries.");
        }

        var table = _tables[k] ??= RoutingTable.Build(_rules, k);
        var column = _column.AsSpan();
        var threshold = _threshold.AsSpan(0, column.Length);
        Span<double> values = stackalloc double[3];
        for (var f = 0; f < frames.Length; f++)
        {
            values[0] = frames[f].TemperatureC;
            values[1] = frames[f].CurrentA;
            values[2] = frames[f].VoltageSagV;
            var pattern = 0;
            for (var e = 0; e < column.Length; e++)
            {
                pattern |= (values[column[e]] > threshold[e] ? 1 : 0) << e;
            }

            table.Experts.AsSpan(pattern * k, k).CopyTo(expertsOut.Slice(f * k, k));
            table.Weights.AsSpan(pattern * k, k).CopyTo(weightsOut.Slice(f * k, k));
        }
    }
}
