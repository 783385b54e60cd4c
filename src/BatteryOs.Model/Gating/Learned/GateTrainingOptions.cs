namespace BatteryOs.Model.Gating.Learned;

/// <summary>How <see cref="GateTrainer"/> trains.</summary>
/// <param name="K">Experts kept per frame.</param>
/// <param name="Epochs">Passes over the training samples.</param>
/// <param name="BatchSize">Samples per Adam step.</param>
/// <param name="LearningRate">Adam's step size.</param>
/// <param name="LoadBalanceWeight">α, the weight of the load-balancing loss.</param>
/// <param name="Seed">Seed of the shuffling and the gate noise.</param>
public sealed record GateTrainingOptions(
    int K = 3,
    int Epochs = 100,
    int BatchSize = 256,
    double LearningRate = 0.05,
    double LoadBalanceWeight = 0.001,
    ulong Seed = 1);
