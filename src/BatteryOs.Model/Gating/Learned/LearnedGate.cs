using System.Runtime.CompilerServices;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Gating.Learned;

/// <summary>
/// The trained gate at inference: p = softmax(W z + b) over normalised features, experts ranked by p. The
/// kept experts' weights are p renormalised over them, which equals a softmax over their logits (the
/// top-k gate of Shazeer et al. 2017 without its training noise).
/// </summary>
public sealed class LearnedGate : IRoutingGate
{
    private readonly double[] _weights;
    private readonly double[] _bias;
    private readonly double[] _mean;
    private readonly double[] _inverseScale;

    /// <summary>A gate from checked parameters.</summary>
    /// <exception cref="ArgumentException">The parameters do not fit this build's experts and features.</exception>
    public LearnedGate(LearnedGateParameters parameters)
    {
        if (LearnedGateFile.Problem(parameters) is { } problem)
        {
            throw new ArgumentException(problem, nameof(parameters));
        }

        Parameters = parameters;
        ExpertCount = parameters.Experts.Length;
        _weights = [.. parameters.Weights.SelectMany(row => row)];
        _bias = parameters.Bias;
        _mean = parameters.FeatureMean;
        _inverseScale = [.. parameters.FeatureScale.Select(s => 1.0 / s)];
    }

    /// <summary>The parameters in force.</summary>
    public LearnedGateParameters Parameters { get; }

    /// <inheritdoc />
    public int ExpertCount { get; }

    /// <inheritdoc />
    public bool RenormalizesKept => true;

    /// <summary>Writes the clean gate probabilities softmax(W z + b) of one input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Probabilities(in GateInput input, Span<double> probabilitiesOut)
    {
        Span<double> z = stackalloc double[GateInput.Count];
        input.CopyTo(z);
        for (var f = 0; f < z.Length; f++)
        {
            z[f] = (z[f] - _mean[f]) * _inverseScale[f];
        }

        var max = double.NegativeInfinity;
        for (var e = 0; e < ExpertCount; e++)
        {
            var logit = _bias[e];
            var row = _weights.AsSpan(e * GateInput.Count, GateInput.Count);
            for (var f = 0; f < z.Length; f++)
            {
                logit += row[f] * z[f];
            }

            probabilitiesOut[e] = logit;
            max = Math.Max(max, logit);
        }

        Softmax.InPlace(probabilitiesOut[..ExpertCount], max);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Rank(ReadOnlySpan<TelemetryFrame> frames, ReadOnlySpan<PackCondition> before, PackGeometry geometry,
        int depth, Span<byte> expertsOut, Span<double> weightsOut)
    {
        if (depth < 1 || depth > ExpertCount)
        {
            throw new ArgumentOutOfRangeException(nameof(depth), depth, $"Depth must be 1 to {ExpertCount}.");
        }

        Span<double> probabilities = stackalloc double[ExpertCount];
        for (var f = 0; f < frames.Length; f++)
        {
            Probabilities(geometry.Input(frames[f], before[f]), probabilities);
            TopK.Select(probabilities, depth, expertsOut.Slice(f * depth, depth), weightsOut.Slice(f * depth, depth));
        }
    }
}
