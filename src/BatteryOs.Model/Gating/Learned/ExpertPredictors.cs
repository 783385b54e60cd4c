namespace BatteryOs.Model.Gating.Learned;

/// <summary>
/// The experts as predictors of a cycle's whole capacity loss, each from its own mechanism alone:
/// ŷ_e = b_e φ_e, the expert's mechanism cost scaled by b_e, fitted for each expert on its own by weighted
/// least squares (b_e = Σ v φ y / Σ v φ²; 0 for an expert whose cost is always 0, such as ALD_Coat on an
/// uncoated cell). A mixture predicts Σ_e w_e ŷ_e with weights that sum to 1; every scheme mixes the same
/// fitted experts, so they differ only in how they weigh them.
/// </summary>
/// <param name="Slopes">b_e, per expert in catalog order.</param>
public sealed record ExpertPredictors(double[] Slopes)
{
    /// <summary>Fits every expert alone on <paramref name="samples"/>.</summary>
    public static ExpertPredictors Fit(IReadOnlyList<WeightedSample> samples, int expertCount)
    {
        var slopes = new double[expertCount];
        for (var e = 0; e < expertCount; e++)
        {
            var (costTimesLoss, costSquared) = (0.0, 0.0);
            foreach (var (sample, weight) in samples)
            {
                costTimesLoss += weight * sample.CostsPct[e] * sample.ObservedLossPct;
                costSquared += weight * sample.CostsPct[e] * sample.CostsPct[e];
            }

            slopes[e] = costSquared > 0 ? costTimesLoss / costSquared : 0.0;
        }

        return new ExpertPredictors(slopes);
    }

    /// <summary>Expert <paramref name="e"/>'s prediction for a sample, % of nominal.</summary>
    public double PredictPct(int e, RoutingSample sample) => Slopes[e] * sample.CostsPct[e];

    /// <summary>A scheme's prediction for a sample: Σ_e w_e ŷ_e.</summary>
    public double PredictPct(MixtureScheme scheme, RoutingSample sample)
    {
        Span<double> weights = stackalloc double[Slopes.Length];
        scheme.Weights(sample, weights);
        var prediction = 0.0;
        for (var e = 0; e < weights.Length; e++)
        {
            prediction += weights[e] * PredictPct(e, sample);
        }

        return prediction;
    }
}
