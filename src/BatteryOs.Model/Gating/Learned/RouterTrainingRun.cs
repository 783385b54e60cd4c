using BatteryOs.Model.Experts;

namespace BatteryOs.Model.Gating.Learned;

/// <summary>
/// A full router training: every expert fitted alone as a loss predictor on the training curves, the gate
/// trained over them, then the learned gate, the heuristic gate, a uniform mix and each expert alone scored
/// on the held-out curves.
/// </summary>
public static class RouterTrainingRun
{
    /// <summary>
    /// Trains on <paramref name="training"/> and scores on <paramref name="heldOut"/>; reports the gate's
    /// epochs to <paramref name="epochsDone"/> and stops between them once <paramref name="cancellationToken"/>
    /// is cancelled.
    /// </summary>
    public static RouterTrainingReport Execute(IReadOnlyList<RoutingTrajectory> training,
        IReadOnlyList<RoutingTrajectory> heldOut, GateTrainingOptions options, string source,
        IProgress<int>? epochsDone = null, CancellationToken cancellationToken = default)
    {
        var trainSamples = WeightedSample.Of(training);
        var experts = ExpertCatalog.Count;
        var predictors = ExpertPredictors.Fit(trainSamples, experts);
        var gate = GateTrainer.Train(training, predictors, options, source, epochsDone, cancellationToken);
        var learned = MixtureScheme.Learned(new LearnedGate(gate), options.K);
        var heuristic = MixtureScheme.Heuristic(options.K);

        MixtureScore Score(MixtureScheme scheme, IReadOnlyList<RoutingTrajectory> curves) =>
            MixtureScore.Of(scheme, predictors, curves);

        var singles = Enumerable.Range(0, experts).Select(MixtureScheme.Single).ToArray();
        var bestSingle = singles.MinBy(s => TrainingError(Score(s, training)))!;
        var scores = new List<MixtureScore>
        {
            Score(learned, heldOut),
            Score(heuristic, heldOut),
            Score(MixtureScheme.Uniform, heldOut),
        };
        scores.AddRange(singles.Select(s => Score(s, heldOut)));
        var heldOutSamples = heldOut.SelectMany(c => c.Samples).ToArray();
        return new RouterTrainingReport(gate, scores, scores.Single(s => s.Scheme == bestSingle.Name),
            Shares(learned, heldOutSamples, experts), Shares(heuristic, heldOutSamples, experts),
            trainSamples.Length, heldOutSamples.Length);
    }

    private static double TrainingError(MixtureScore score) =>
        new[] { score.LabCurveRmsePct, score.FleetCurveRmsePct }.Where(double.IsFinite).DefaultIfEmpty(0).Sum();

    private static double[] Shares(MixtureScheme scheme, IReadOnlyList<RoutingSample> samples, int experts)
    {
        var counts = new double[experts];
        Span<double> weights = stackalloc double[experts];
        foreach (var sample in samples)
        {
            scheme.Weights(sample, weights);
            for (var e = 0; e < experts; e++)
            {
                counts[e] += weights[e] > 0 ? 1 : 0;
            }
        }

        var total = counts.Sum();
        return [.. counts.Select(c => total > 0 ? c / total : 0)];
    }
}
