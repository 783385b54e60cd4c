using BatteryOs.Model.Experts;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Gating;

/// <summary>
/// The seed profile's heuristic gate: each expert's raw threshold weight, normalised by the sum of
/// all raw weights, keeping the top k, largest first (ties go to the lower expert index).
/// </summary>
public sealed class SeedGate
{
    private readonly IExpertModel[] _experts;

    /// <summary>A gate over the given experts (by default the whole catalog).</summary>
    public SeedGate(IReadOnlyList<IExpertModel>? experts = null)
    {
        _experts = [.. experts ?? ExpertCatalog.All];
    }

    /// <summary>Number of experts the gate chooses among.</summary>
    public int ExpertCount => _experts.Length;

    /// <summary>
    /// Routes every frame: writes k expert indices and k weights per frame, frame-major, into
    /// <paramref name="expertsOut"/> and <paramref name="weightsOut"/> (each frames.Length * k long).
    /// </summary>
    public void Route(ReadOnlySpan<TelemetryFrame> frames, int k, Span<byte> expertsOut, Span<double> weightsOut)
    {
        if (k < 1 || k > _experts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be between 1 and {_experts.Length}.");
        }

        if (expertsOut.Length < frames.Length * k || weightsOut.Length < frames.Length * k)
        {
            throw new ArgumentException("Output spans must hold frames.Length * k entries.");
        }

        Span<double> raw = stackalloc double[_experts.Length];
        for (var f = 0; f < frames.Length; f++)
        {
            var sum = 0.0;
            for (var e = 0; e < _experts.Length; e++)
            {
                raw[e] = _experts[e].SeedGateWeight(frames[f]);
                sum += raw[e];
            }

            TopK.Select(raw, k, expertsOut.Slice(f * k, k), weightsOut.Slice(f * k, k));
            for (var j = 0; j < k; j++)
            {
                weightsOut[f * k + j] /= sum;
            }
        }
    }
}
