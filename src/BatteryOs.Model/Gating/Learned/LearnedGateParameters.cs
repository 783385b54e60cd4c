namespace BatteryOs.Model.Gating.Learned;

/// <summary>
/// A trained softmax gate, as stored in a router file: logits = W z + b over the normalised features
/// z = (x - mean) / scale, the noise weights used while training (Shazeer et al. 2017), and the experts it
/// mixes as loss predictors, ŷ_e = b_e φ_e (see <see cref="ExpertPredictors"/>).
/// </summary>
public sealed record LearnedGateParameters
{
    /// <summary>The experts, in catalog order.</summary>
    public required string[] Experts { get; init; }

    /// <summary>The features, in <see cref="GateInput.Names"/> order.</summary>
    public required string[] Features { get; init; }

    /// <summary>The mean of each feature over the training data.</summary>
    public required double[] FeatureMean { get; init; }

    /// <summary>The standard deviation of each feature over the training data (1 where it is constant).</summary>
    public required double[] FeatureScale { get; init; }

    /// <summary>W: one row of feature weights per expert.</summary>
    public required double[][] Weights { get; init; }

    /// <summary>b: one bias per expert.</summary>
    public required double[] Bias { get; init; }

    /// <summary>W_noise: the weights of the learned noise scale softplus(W_noise z + b_noise), training only.</summary>
    public required double[][] NoiseWeights { get; init; }

    /// <summary>b_noise: the noise scale's bias per expert.</summary>
    public required double[] NoiseBias { get; init; }

    /// <summary>b_e: each expert's scale on its mechanism cost as a predictor of the whole loss.</summary>
    public required double[] ExpertSlopes { get; init; }

    /// <summary>The k the gate was trained for.</summary>
    public required int K { get; init; }

    /// <summary>How the gate was trained (command and data).</summary>
    public required string Source { get; init; }
}
