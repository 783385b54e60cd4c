using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Gating.Learned;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Physics;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests.Gating;

public sealed class LearnedGateTests
{
    private static LearnedGateParameters Gate(Func<int, int, double>? weight = null, double[]? bias = null) => new()
    {
        Experts = [.. ExpertCatalog.All.Select(e => e.Name)],
        Features = [.. GateInput.Names],
        FeatureMean = [20.0, 0.5, 0.01, 90.0, 20.0, 100.0],
        FeatureScale = [10.0, 0.25, 0.005, 1.0, 10.0, 50.0],
        Weights = [.. Enumerable.Range(0, 5).Select(e => Enumerable.Range(0, 6).Select(f => weight?.Invoke(e, f) ?? 0.0)
            .ToArray())],
        Bias = bias ?? [0.0, 0.0, 0.0, 0.0, 0.0],
        NoiseWeights = [.. Enumerable.Range(0, 5).Select(_ => new double[6])],
        NoiseBias = new double[5],
        ExpertSlopes = [1.0, 1.0, 1.0, 1.0, 1.0],
        K = 3,
        Source = "test",
    };

    [Fact]
    public void Probabilities_are_the_softmax_of_the_logits_of_normalised_features()
    {
        // Expert 0 weighs normalised temperature by 2, expert 1 by -1; the rest are flat.
        var gate = new LearnedGate(Gate((e, f) => f == 0 ? e switch { 0 => 2.0, 1 => -1.0, _ => 0.0 } : 0.0,
            [0.0, 0.0, 0.5, 0.0, 0.0]));
        var probabilities = new double[5];

        gate.Probabilities(new GateInput(30.0, 0.5, 0.01, 90.0, 20.0, 100.0), probabilities);

        // z_T = (30 - 20) / 10 = 1: logits 2, -1, 0.5, 0, 0.
        double[] logits = [2.0, -1.0, 0.5, 0.0, 0.0];
        var sum = logits.Sum(Math.Exp);
        Assert.Equal(logits.Select(l => Math.Exp(l) / sum), probabilities, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Rank_orders_experts_by_probability_from_each_frame_and_the_pack_condition_before_it()
    {
        // Expert 4 grows with SEI thickness; expert 0 falls with it.
        var gate = new LearnedGate(Gate((e, f) => f == 4 ? e switch { 4 => 3.0, 0 => -3.0, _ => 0.0 } : 0.0));
        TelemetryFrame[] frames = [new(20.0, 20.0, 0.14), new(20.0, 20.0, 0.14)];
        PackCondition[] before = [new(10, 5.0, 99.0), new(400, 60.0, 80.0)];
        var experts = new byte[4];
        var weights = new double[4];

        gate.Rank(frames, before, PackGeometry.Default, 2, experts, weights);

        Assert.Equal(4, experts[2]); // the thick film ranks expert 4 first
        Assert.NotEqual(4, experts[0]);
        Assert.True(weights[0] >= weights[1] && weights[2] >= weights[3]);
    }

    [Fact]
    public void Pack_geometry_reads_frames_as_c_rate_and_per_cell_sag()
    {
        var input = PackGeometry.Default.Input(new TelemetryFrame(25.0, -20.0, 0.28),
            new PackCondition(100, 12.0, 95.0));

        Assert.Equal(new GateInput(25.0, 0.5, 0.02, 90.0, 12.0, 80.0), input);
        Assert.Equal(PackGeometry.Default, PackGeometry.Of(new Profiles.SeedProfile()));
        Assert.Equal(64.0, PackGeometry.Of((PhysicsProfile)Profiles.ModelProfiles.Get(
            "physics(chemistry=nca-panasonic-18650b)")).CapacityAh, 12);
    }

    [Fact]
    public void The_seed_gate_ranks_as_it_routes()
    {
        var gate = new SeedGate();
        TelemetryFrame[] frames = [new(50.0, 40.0, 0.3), new(30.0, 10.0, 0.1)];
        var ranked = new byte[10];
        var rankedWeights = new double[10];
        var routed = new byte[10];
        var routedWeights = new double[10];

        gate.Rank(frames, [default, default], PackGeometry.Default, 5, ranked, rankedWeights);
        gate.Route(frames, 5, routed, routedWeights);

        Assert.Equal(routed, ranked);
        Assert.Equal(routedWeights, rankedWeights);
        Assert.False(gate.RenormalizesKept);
    }

    [Fact]
    public void Router_files_round_trip_and_bad_ones_say_what_is_wrong()
    {
        var gate = Gate((e, f) => e * 0.1 + f);
        var parsed = LearnedGateFile.Parse(LearnedGateFile.Serialize(gate), "router.json");

        Assert.Equal(gate.Weights.SelectMany(r => r), parsed.Weights.SelectMany(r => r));
        Assert.Equal(gate.Bias, parsed.Bias);
        Assert.Contains("experts must be", Problem(gate with { Experts = ["A", "B", "C", "D", "E"] }));
        Assert.Contains("featureScale must be positive", Problem(gate with { FeatureScale = [1, 1, 0, 1, 1, 1] }));
        Assert.Contains("weights[2] must hold 6 numbers", Problem(gate with
        {
            Weights = [new double[6], new double[6], new double[5], new double[6], new double[6]],
        }));
        Assert.Equal("bias must be finite", LearnedGateFile.Problem(gate with { Bias = [0, double.NaN, 0, 0, 0] }));
        Assert.Contains("k must be between 1 and 5", Problem(gate with { K = 6 }));
        var missing = Assert.Throws<InvalidDataException>(() => LearnedGateFile.Parse("{}", "x.json"));
        Assert.StartsWith("x.json: ", missing.Message);
        Assert.Throws<InvalidDataException>(() => LearnedGateFile.Load("/nonexistent/router.json"));
        Assert.Throws<ArgumentException>(() => new LearnedGate(gate with { K = 0 }));
    }

    private static string Problem(LearnedGateParameters gate) =>
        Assert.Throws<InvalidDataException>(() => LearnedGateFile.Parse(LearnedGateFile.Serialize(gate), "r")).Message;
}
