using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Gating.Learned;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests.Gating;

public sealed class GateTrainerTests
{
    /// <summary>
    /// Cycles where the loss is expert 1's cost when cold and expert 3's when hot; the other costs are noise.
    /// A gate that learns the rule predicts perfectly; no single expert and no fixed mix can.
    /// </summary>
    private static RoutingTrajectory Curve(string name, int seed, int cycles)
    {
        var random = new Random(seed);
        var samples = new List<RoutingSample>();
        for (var c = 0; c < cycles; c++)
        {
            var temperatureC = random.NextDouble() * 40.0;
            var costs = Enumerable.Range(0, ExpertCatalog.Count).Select(_ => random.NextDouble()).ToArray();
            var loss = temperatureC < 20.0 ? costs[1] : costs[3];
            samples.Add(new RoutingSample(new GateInput(temperatureC, 0.5, 0.01, 90.0, 10.0, c), default, costs, loss));
        }

        return new RoutingTrajectory(name, false, 100.0, samples, [.. samples.Select(_ => double.NaN)]);
    }

    [Fact]
    public void The_gate_learns_which_expert_predicts_under_which_conditions()
    {
        RoutingTrajectory[] training = [Curve("a", 1, 3_000)];
        RoutingTrajectory[] heldOut = [Curve("b", 2, 1_000)];
        var options = new GateTrainingOptions(K: 2, Epochs: 30, LearningRate: 0.1);

        var report = RouterTrainingRun.Execute(training, heldOut, options, "test");

        // The loss's spread is 0.29; a linear gate blurs the rule only near 20 °C, where its softmax is even.
        var learned = report.Scores[0];
        Assert.Equal("learned gate", learned.Scheme);
        Assert.InRange(learned.FleetLossRmsePct, 0.0, 0.1);
        Assert.All(report.Scores.Skip(1), other => Assert.True(other.FleetLossRmsePct > 2.5 * learned.FleetLossRmsePct,
            $"{other.Scheme}: {other.FleetLossRmsePct} vs {learned.FleetLossRmsePct}"));

        // The gate ranks expert 1 first when cold and expert 3 when hot; the second slot takes little weight.
        Assert.True(report.LearnedShares[1] + report.LearnedShares[3] > 0.6, string.Join(", ", report.LearnedShares));
        var gate = new LearnedGate(report.Gate);
        var p = new double[5];
        gate.Probabilities(new GateInput(5.0, 0.5, 0.01, 90.0, 10.0, 0), p);
        Assert.Equal(1, Array.IndexOf(p, p.Max()));
        gate.Probabilities(new GateInput(35.0, 0.5, 0.01, 90.0, 10.0, 0), p);
        Assert.Equal(3, Array.IndexOf(p, p.Max()));
    }

    [Fact]
    public void Top_one_has_no_gradient_and_is_refused()
    {
        RoutingTrajectory[] training = [Curve("a", 1, 100)];
        var experts = ExpertPredictors.Fit(WeightedSample.Of(training), ExpertCatalog.Count);

        var error = Assert.Throws<ArgumentException>(() =>
            GateTrainer.Train(training, experts, new GateTrainingOptions(K: 1), "x"));
        Assert.Contains("k must be between 2 and 5", error.Message);
    }

    [Fact]
    public void Training_reports_each_epoch_and_stops_between_epochs_once_cancelled()
    {
        RoutingTrajectory[] training = [Curve("a", 1, 200)];
        var options = new GateTrainingOptions(K: 2, Epochs: 50, Seed: 9);
        var experts = ExpertPredictors.Fit(WeightedSample.Of(training), ExpertCatalog.Count);
        using var cancel = new CancellationTokenSource();
        var reported = new List<int>();
        var epochs = new EpochCounter(done =>
        {
            reported.Add(done);
            if (done == 4)
            {
                cancel.Cancel();
            }
        });

        Assert.Throws<OperationCanceledException>(() =>
            GateTrainer.Train(training, experts, options, "x", epochs, cancel.Token));
        Assert.Equal([1, 2, 3, 4], reported);

        reported.Clear();
        GateTrainer.Train(training, experts, options with { Epochs = 3 }, "x", epochs);
        Assert.Equal([1, 2, 3], reported);
    }

    [Fact]
    public void Training_is_repeatable_with_the_same_seed()
    {
        RoutingTrajectory[] training = [Curve("a", 1, 500)];
        var options = new GateTrainingOptions(K: 2, Epochs: 3, Seed: 9);
        var experts = ExpertPredictors.Fit(WeightedSample.Of(training), ExpertCatalog.Count);

        var first = GateTrainer.Train(training, experts, options, "x");
        var second = GateTrainer.Train(training, experts, options, "x");
        var other = GateTrainer.Train(training, experts, options with { Seed = 10 }, "x");

        Assert.Equal(first.Weights.SelectMany(r => r), second.Weights.SelectMany(r => r));
        Assert.NotEqual(first.Weights.SelectMany(r => r), other.Weights.SelectMany(r => r));
    }

    [Fact]
    public void Experts_are_fitted_alone_and_sources_weigh_equally()
    {
        var samples = new[]
        {
            new RoutingSample(default, default, [2.0, 0.0, 1.0, 0.0, 0.0], 4.0),
            new RoutingSample(default, default, [1.0, 0.0, 3.0, 0.0, 0.0], 2.0),
        };
        var lab = new RoutingTrajectory("lab", true, 100, samples[..1], [double.NaN]);
        var fleet = new RoutingTrajectory("fleet", false, 100, samples[1..], [double.NaN]);

        var weighted = WeightedSample.Of([lab, fleet]);
        var experts = ExpertPredictors.Fit(weighted, 5);

        Assert.Equal(1.0, weighted.Sum(w => w.Weight), 12);
        Assert.Equal(weighted[0].Weight, weighted[1].Weight); // one sample each, same (unit) variance
        Assert.Equal(2.0, experts.Slopes[0], 12); // y = 2 φ exactly for expert 0
        Assert.Equal((4.0 * 1 + 2.0 * 3) / (1.0 + 9.0), experts.Slopes[2], 12);
        Assert.Equal(0.0, experts.Slopes[1]); // never costs anything
        Assert.Equal(8.0, experts.PredictPct(0, new RoutingSample(default, default, [4.0, 0, 0, 0, 0], 0)));
    }

    [Fact]
    public void Scores_sum_predicted_losses_into_a_soh_curve_floored_at_zero()
    {
        var samples = Enumerable.Range(0, 3)
            .Select(_ => new RoutingSample(default, default, [10.0, 0, 0, 0, 0], 10.0)).ToArray();
        var curve = new RoutingTrajectory("p", false, 25.0, samples, [15.0, 5.0, 0.0]);

        var score = MixtureScore.Of(MixtureScheme.Single(0), new ExpertPredictors([1.0, 0, 0, 0, 0]), [curve]);

        // Predicted SoH 15, 5, then 0 (floored): a perfect curve.
        Assert.Equal(0.0, score.FleetCurveRmsePct);
        Assert.Equal(0.0, score.FleetLossRmsePct);
        Assert.True(double.IsNaN(score.LabCurveRmsePct));
    }
}
