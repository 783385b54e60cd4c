using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests;

/// <summary>The seed gate: threshold weights, normalisation by the sum of all five, top 3 largest first.</summary>
public sealed class SeedGateTests
{
    private const int K = 3;
    private readonly SeedGate _gate = new();

    public static TheoryData<double, double, string[], double[]> FourRegimes => new()
    {
        // Hot and high current: 0.85 + 0.75 + 0.5 + 0.4 + 0.3 = 2.8
        {
            50.0, 40.0, ["Thermal_Regulator", "Dendrite_Predict", "Power_Shaper"],
            [0.85 / 2.8, 0.75 / 2.8, 0.5 / 2.8]
        },
        // Hot, low current: 0.85 + 0.10 + 0.5 + 0.4 + 0.3 = 2.15
        {
            50.0, 10.0, ["Thermal_Regulator", "Power_Shaper", "Ion_Flux"],
            [0.85 / 2.15, 0.5 / 2.15, 0.4 / 2.15]
        },
        // Cool, high current: 0.15 + 0.75 + 0.5 + 0.4 + 0.3 = 2.1
        {
            30.0, 40.0, ["Dendrite_Predict", "Power_Shaper", "Ion_Flux"],
            [0.75 / 2.1, 0.5 / 2.1, 0.4 / 2.1]
        },
        // Cool, low current: 0.15 + 0.10 + 0.5 + 0.4 + 0.3 = 1.45
        {
            30.0, 10.0, ["Power_Shaper", "Ion_Flux", "ALD_Coat"],
            [0.5 / 1.45, 0.4 / 1.45, 0.3 / 1.45]
        },
    };

    [Theory]
    [MemberData(nameof(FourRegimes))]
    public void Top_three_experts_and_normalised_weights_per_regime(
        double temperatureC, double currentA, string[] expectedNames, double[] expectedWeights)
    {
        var (experts, weights) = RouteOne(new TelemetryFrame(temperatureC, currentA, 0.3), K);

        Assert.Equal(expectedNames, experts.Select(e => ExpertCatalog.All[e].Name).ToArray());
        for (var j = 0; j < K; j++)
        {
            Assert.Equal(expectedWeights[j], weights[j], 1e-12);
        }
    }

    [Fact]
    public void Exactly_45_degrees_and_32_amperes_get_the_low_weights()
    {
        // Thresholds are strict: 0.15 + 0.10 + 0.5 + 0.4 + 0.3 = 1.45, the cool / low-current routing.
        var (experts, weights) = RouteOne(new TelemetryFrame(45.0, 32.0, 0.3), K);

        Assert.Equal([(byte)2, (byte)3, (byte)4], experts);
        Assert.Equal(0.5 / 1.45, weights[0], 1e-12);
        Assert.Equal(0.4 / 1.45, weights[1], 1e-12);
        Assert.Equal(0.3 / 1.45, weights[2], 1e-12);
    }

    [Fact]
    public void Raw_weights_switch_just_above_the_thresholds()
    {
        var thermal = ExpertCatalog.All[0];
        var dendrite = ExpertCatalog.All[1];

        Assert.Equal(0.15, thermal.SeedGateRule.WeightOf(new TelemetryFrame(45.0, 0.0, 0.0)));
        Assert.Equal(0.85, thermal.SeedGateRule.WeightOf(new TelemetryFrame(Math.BitIncrement(45.0), 0.0, 0.0)));
        Assert.Equal(0.10, dendrite.SeedGateRule.WeightOf(new TelemetryFrame(0.0, 32.0, 0.0)));
        Assert.Equal(0.75, dendrite.SeedGateRule.WeightOf(new TelemetryFrame(0.0, Math.BitIncrement(32.0), 0.0)));
    }

    [Fact]
    public void Constant_experts_ignore_the_frame()
    {
        var frames = new[] { new TelemetryFrame(-60.0, -2000.0, 0.0), new TelemetryFrame(150.0, 2000.0, 10.0) };

        foreach (var frame in frames)
        {
            Assert.Equal(0.50, ExpertCatalog.All[2].SeedGateRule.WeightOf(frame));
            Assert.Equal(0.40, ExpertCatalog.All[3].SeedGateRule.WeightOf(frame));
            Assert.Equal(0.30, ExpertCatalog.All[4].SeedGateRule.WeightOf(frame));
        }
    }

    [Fact]
    public void All_five_weights_sum_to_one_when_k_is_the_expert_count()
    {
        var (experts, weights) = RouteOne(new TelemetryFrame(50.0, 40.0, 0.3), 5);

        Assert.Equal([(byte)0, (byte)1, (byte)2, (byte)3, (byte)4], experts);
        Assert.Equal(1.0, weights.Sum(), 1e-15);
    }

    [Fact]
    public void Routing_a_batch_equals_routing_each_frame_alone()
    {
        var profile = new SeedProfile();
        var key = CounterRandom.StreamKey(2024, 11);
        var frames = Enumerable.Range(1, 1000).Select(c => profile.SyntheticFrame(key, c)).ToArray();
        var batchExperts = new byte[frames.Length * K];
        var batchWeights = new double[frames.Length * K];

        _gate.Route(frames, K, batchExperts, batchWeights);

        var aloneExperts = new List<byte>();
        var aloneWeights = new List<double>();
        foreach (var frame in frames)
        {
            var (experts, weights) = RouteOne(frame, K);
            aloneExperts.AddRange(experts);
            aloneWeights.AddRange(weights);
        }

        Assert.Equal(aloneExperts, batchExperts);
        Assert.Equal(aloneWeights, batchWeights);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(6)]
    public void K_out_of_range_throws(int k)
    {
        var frames = new[] { new TelemetryFrame(50.0, 40.0, 0.3) };

        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => _gate.Route(frames, k, new byte[8], new double[8]));

        Assert.Equal("k", error.ParamName);
        Assert.Equal(k, error.ActualValue);
    }

    [Fact]
    public void Output_spans_shorter_than_frames_times_k_throw()
    {
        var frames = new[] { new TelemetryFrame(50.0, 40.0, 0.3), new TelemetryFrame(30.0, 10.0, 0.1) };

        Assert.Throws<ArgumentException>(() => _gate.Route(frames, K, new byte[5], new double[6]));
        Assert.Throws<ArgumentException>(() => _gate.Route(frames, K, new byte[6], new double[5]));
    }

    [Fact]
    public void A_gate_over_a_subset_indexes_within_that_subset()
    {
        var gate = new SeedGate([ExpertCatalog.All[3], ExpertCatalog.All[0]]);
        var experts = new byte[2];
        var weights = new double[2];

        // Ion_Flux 0.4 and Thermal_Regulator 0.85 (hot): sum 1.25; Thermal (subset index 1) first.
        gate.Route([new TelemetryFrame(50.0, 40.0, 0.3)], 2, experts, weights);

        Assert.Equal(2, gate.ExpertCount);
        Assert.Equal([(byte)1, (byte)0], experts);
        Assert.Equal(0.68, weights[0], 1e-12);
        Assert.Equal(0.32, weights[1], 1e-12);
    }

    private (byte[] Experts, double[] Weights) RouteOne(TelemetryFrame frame, int k)
    {
        var experts = new byte[k];
        var weights = new double[k];
        _gate.Route([frame], k, experts, weights);
        return (experts, weights);
    }
}
