namespace BatteryOs.Model.Gating.Learned;

/// <summary>What a router training run produced and how every scheme scored on held-out data.</summary>
/// <param name="Gate">The trained gate.</param>
/// <param name="Scores">Held-out scores: learned gate, heuristic gate, uniform mix, then every single expert.</param>
/// <param name="BestSingle">The single expert with the lowest training error.</param>
/// <param name="LearnedShares">Share of the learned gate's held-out selections per expert, catalog order.</param>
/// <param name="HeuristicShares">The same for the heuristic gate.</param>
/// <param name="TrainingSamples">Observed cycles trained on.</param>
/// <param name="HeldOutSamples">Cycles scored.</param>
public sealed record RouterTrainingReport(
    LearnedGateParameters Gate,
    IReadOnlyList<MixtureScore> Scores,
    MixtureScore BestSingle,
    double[] LearnedShares,
    double[] HeuristicShares,
    int TrainingSamples,
    int HeldOutSamples);
