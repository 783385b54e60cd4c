using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests;

/// <summary>Folding routed chunks into a pack's condition, window, routing counts and mixture risk.</summary>
public sealed class PackLifeTests
{
    private const int K = 3;
    private const int WindowCycles = 4;
    private static readonly SeedProfile Profile = new();
    private static readonly SeedGate Gate = new();

    [Fact]
    public void New_pack_starts_from_the_profile_initial_condition()
    {
        var life = PackLife.New(Profile, WindowCycles, ExpertCatalog.Count);

        Assert.Equal(new PackCondition(0, 1.2, 97.48), life.Condition);
        Assert.Equal(new long[5], life.RoutingCounts);
        Assert.Equal(0.0, life.MixtureRisk);
        Assert.Equal(WindowCycles, life.Window.Capacity);
        Assert.Equal(97.48, life.SmoothedSohPct);
    }

    [Fact]
    public void Hand_computed_cycles_fold_through_apply()
    {
        var life = PackLife.New(Profile, WindowCycles, ExpertCatalog.Count);
        TelemetryFrame[] frames = [new(50.0, 40.0, 0.3), new(30.0, 10.0, 0.1), new(46.0, 33.0, 0.6)];
        var trace = new PackCondition[3];

        ApplyRouted(life, frames, trace);

        // Same three cycles as SeedProfileTests; smoothed = (93.583 + 96.0095 + 89.62825) / 3 = 93.07358333...
        Assert.Equal(new PackCondition(1, 1.27, 93.583), trace[0]);
        Assert.Equal(new PackCondition(2, 1.305, 96.0095), trace[1]);
        Assert.Equal(new PackCondition(3, 1.3675, 89.62825), trace[2]);
        Assert.Equal(trace[2], life.Condition);
        Assert.Equal(93.07358333333333, life.SmoothedSohPct, 1e-12);

        // Frames 1 and 3 are hot and high-current (Thermal, Dendrite, Power); frame 2 is cool and
        // low-current (Power, Ion, ALD).
        Assert.Equal([2L, 2L, 3L, 1L, 1L], life.RoutingCounts);
    }

    [Fact]
    public void Splitting_a_chunk_of_ten_into_three_and_seven_changes_nothing()
    {
        var frames = SyntheticFrames(count: 10);
        var whole = PackLife.New(Profile, WindowCycles, ExpertCatalog.Count);
        var split = PackLife.New(Profile, WindowCycles, ExpertCatalog.Count);

        ApplyRouted(whole, frames);
        ApplyRouted(split, frames[..3]);
        ApplyRouted(split, frames[3..]);

        AssertSameLife(whole, split);
        Assert.Equal(10, split.Condition.Cycle);
    }

    [Fact]
    public void Chunked_apply_equals_stepping_frame_by_frame()
    {
        var frames = SyntheticFrames(count: 10);
        var chunked = PackLife.New(Profile, WindowCycles, ExpertCatalog.Count);
        var stepped = PackLife.New(Profile, WindowCycles, ExpertCatalog.Count);

        ApplyRouted(chunked, frames);
        foreach (var frame in frames)
        {
            ApplyRouted(stepped, [frame]);
        }

        AssertSameLife(chunked, stepped);

        // And the condition is the plain fold of the profile's step.
        var expected = frames.Aggregate(Profile.Initial, (c, f) => Profile.Step(c, f));
        Assert.Equal(expected, chunked.Condition);
        Assert.Equal(frames[^WindowCycles..], chunked.Window.Frames());
    }

    [Fact]
    public void Trace_records_the_condition_after_every_cycle()
    {
        var frames = SyntheticFrames(count: 10);
        var life = PackLife.New(Profile, WindowCycles, ExpertCatalog.Count);
        var trace = new PackCondition[frames.Length];

        ApplyRouted(life, frames, trace);

        var condition = Profile.Initial;
        for (var f = 0; f < frames.Length; f++)
        {
            condition = Profile.Step(condition, frames[f]);
            Assert.Equal(condition, trace[f]);
        }

        Assert.Equal(trace[^1], life.Condition);
    }

    [Fact]
    public void Routing_counts_sum_to_frames_times_k()
    {
        var frames = SyntheticFrames(count: 250);
        var life = PackLife.New(Profile, WindowCycles, ExpertCatalog.Count);

        ApplyRouted(life, frames[..100]);
        ApplyRouted(life, frames[100..]);

        Assert.Equal(250L * K, life.RoutingCounts.Sum());

        // Power_Shaper (0.5) is beaten only by the two boosted experts, so it is chosen every cycle.
        Assert.Equal(250L, life.RoutingCounts[ExpertCatalog.IndexOf("Power_Shaper")]);
    }

    [Fact]
    public void Mixture_risk_is_the_weight_normalised_mean_of_the_chosen_risks()
    {
        var life = PackLife.New(Profile, WindowCycles, ExpertCatalog.Count);
        TelemetryFrame[] frames = [new(50.0, 40.0, 0.3)];

        // (0.3 * 0.5 + 0.1 * 0.9) / (0.3 + 0.1) = 0.24 / 0.4 = 0.6; weights need not sum to 1.
        life.Apply(new RoutedChunk(frames, 2, [0, 1], [0.3, 0.1], [0.5, 0.9]));

        Assert.Equal(0.6, life.MixtureRisk, 1e-12);
        Assert.Equal([1L, 1L, 0L, 0L, 0L], life.RoutingCounts);
    }

    [Fact]
    public void Mixture_risk_reflects_only_the_latest_cycle()
    {
        var life = PackLife.New(Profile, WindowCycles, ExpertCatalog.Count);
        TelemetryFrame[] frames = [new(50.0, 40.0, 0.3), new(30.0, 10.0, 0.1)];

        // Cycle 1: (1 * 0.2 + 1 * 0.4) / 2 = 0.3; cycle 2: (0.25 * 1.0 + 0.75 * 0.0) / 1 = 0.25.
        life.Apply(new RoutedChunk(frames, 2, [0, 1, 2, 3], [1.0, 1.0, 0.25, 0.75], [0.2, 0.4, 1.0, 0.0]));

        Assert.Equal(0.25, life.MixtureRisk);
    }

    [Fact]
    public void Zero_total_weight_gives_zero_mixture_risk()
    {
        var life = PackLife.New(Profile, WindowCycles, ExpertCatalog.Count);

        life.Apply(new RoutedChunk([new TelemetryFrame(50.0, 40.0, 0.3)], 1, [4], [0.0], [0.8]));

        Assert.Equal(0.0, life.MixtureRisk);
        Assert.Equal(1L, life.RoutingCounts[4]);
    }

    [Fact]
    public void Empty_chunk_changes_nothing()
    {
        var life = PackLife.New(Profile, WindowCycles, ExpertCatalog.Count);
        ApplyRouted(life, [new TelemetryFrame(50.0, 40.0, 0.3)]);
        var before = (life.Condition, life.MixtureRisk, Counts: life.RoutingCounts.ToArray());

        life.Apply(new RoutedChunk([], K, [], [], []));

        Assert.Equal(before.Condition, life.Condition);
        Assert.Equal(before.MixtureRisk, life.MixtureRisk);
        Assert.Equal(before.Counts, life.RoutingCounts);
        Assert.Equal(1, life.Window.Count);
    }

    [Fact]
    public void Routed_chunk_refuses_spans_shorter_than_frames_times_k()
    {
        TelemetryFrame[] frames = [new(50.0, 40.0, 0.3), new(30.0, 10.0, 0.1)];
        var experts = new byte[6];
        var weights = new double[6];

        var error = Assert.Throws<ArgumentException>(
            () => new RoutedChunk(frames, K, experts, weights, new double[5]));

        Assert.Equal("Routing spans must hold frames.Length * k entries.", error.Message);
    }

    private static TelemetryFrame[] SyntheticFrames(int count)
    {
        var key = CounterRandom.StreamKey(2024, 3);
        return [.. Enumerable.Range(1, count).Select(c => Profile.SyntheticFrame(key, c))];
    }

    /// <summary>Routes frames through the seed gate, asks each chosen expert for its risk, and applies.</summary>
    private static void ApplyRouted(PackLife life, TelemetryFrame[] frames, PackCondition[]? trace = null)
    {
        var experts = new byte[frames.Length * K];
        var weights = new double[frames.Length * K];
        var risks = new double[frames.Length * K];
        Gate.Route(frames, K, experts, weights);
        for (var i = 0; i < experts.Length; i++)
        {
            ExpertCatalog.All[experts[i]].Assess(frames.AsSpan(i / K, 1), risks.AsSpan(i, 1));
        }

        life.Apply(new RoutedChunk(frames, K, experts, weights, risks), trace);
    }

    private static void AssertSameLife(PackLife expected, PackLife actual)
    {
        Assert.Equal(expected.Condition, actual.Condition);
        Assert.Equal(expected.RoutingCounts, actual.RoutingCounts);
        Assert.Equal(expected.MixtureRisk, actual.MixtureRisk);
        Assert.Equal(expected.Window.Frames(), actual.Window.Frames());
        Assert.Equal(expected.Window.SohValuesPct(), actual.Window.SohValuesPct());
        Assert.Equal(expected.SmoothedSohPct, actual.SmoothedSohPct);
    }
}
