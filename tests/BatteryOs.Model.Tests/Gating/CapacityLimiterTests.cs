using BatteryOs.Model.Gating;

namespace BatteryOs.Model.Tests.Gating;

public sealed class CapacityLimiterTests
{
    [Theory]
    [InlineData(1000, 3, 5, 1.25, 750)]
    [InlineData(1000, 1, 5, 1.0, 200)] // k = 1: the Switch Transformer's frames / experts * factor
    [InlineData(7, 2, 5, 1.0, 3)]
    public void Capacity_is_the_mean_load_times_the_factor_rounded_up(int frames, int k, int experts, double factor,
        int capacity) =>
        Assert.Equal(capacity, CapacityLimiter.Capacity(frames, k, experts, factor));

    [Fact]
    public void First_choices_are_served_before_second_choices_and_full_experts_overflow_to_the_next_ranked()
    {
        // Three experts, four frames, k = 1 with everything ranked; capacity ceil(4/3 * 1.0) = 2.
        byte[] ranked = [0, 1, 2, 0, 1, 2, 0, 2, 1, 1, 0, 2];
        double[] weights = [0.6, 0.3, 0.1, 0.5, 0.4, 0.1, 0.7, 0.2, 0.1, 0.8, 0.1, 0.1];
        var experts = new byte[4];
        var kept = new double[4];
        var tally = new RoutingTally(3);

        CapacityLimiter.Apply(ranked, weights, 4, 3, 1, 1.0, OverflowPolicy.NextExpert, renormalize: false, experts,
            kept, tally);

        // Frames 0 and 1 fill expert 0; frame 2 overflows to its next choice, 2; frame 3 gets its first, 1.
        Assert.Equal([0, 0, 2, 1], experts);
        Assert.Equal([0.6, 0.5, 0.2, 0.8], kept);
        Assert.Equal([2L, 1, 1], tally.Selected);
        Assert.Equal([1L, 0, 0], tally.Overflowed);
        Assert.Equal([0L, 0, 0], tally.Dropped);
    }

    [Fact]
    public void With_the_drop_policy_a_full_expert_loses_the_selection()
    {
        byte[] ranked = [0, 1, 0, 1, 0, 1];
        double[] weights = [0.9, 0.1, 0.9, 0.1, 0.9, 0.1];
        var experts = new byte[3];
        var kept = new double[3];
        var tally = new RoutingTally(2);

        CapacityLimiter.Apply(ranked, weights, 3, 2, 1, 1.0, OverflowPolicy.Drop, renormalize: false, experts, kept,
            tally);

        // Capacity ceil(3/2) = 2: the third frame's first choice is full and it is dropped.
        Assert.Equal([0, 0, CapacityLimiter.Dropped], experts);
        Assert.Equal([0.9, 0.9, 0.0], kept);
        Assert.Equal([0L, 0], tally.Overflowed);
        Assert.Equal([1L, 0], tally.Dropped);
    }

    [Fact]
    public void A_frame_never_gets_the_same_expert_twice_and_kept_weights_can_be_renormalised()
    {
        // Two frames, k = 2 of 3 ranked, capacity ceil(2 * 2 / 3 * 0.5) = 1.
        byte[] ranked = [0, 1, 2, 0, 1, 2];
        double[] weights = [0.5, 0.3, 0.2, 0.5, 0.3, 0.2];
        var experts = new byte[4];
        var kept = new double[4];
        var tally = new RoutingTally(3);

        CapacityLimiter.Apply(ranked, weights, 2, 3, 2, 0.5, OverflowPolicy.NextExpert, renormalize: true, experts,
            kept, tally);

        // Frame 1 finds expert 0 full and takes its spare, expert 2; then expert 1 is full too, and the only
        // spare is expert 2, which frame 1 already has: that selection is dropped.
        Assert.Equal([0, 1, 2, CapacityLimiter.Dropped], experts);
        Assert.Equal([0.625, 0.375, 1.0, 0.0], kept, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([1L, 1, 1], tally.Selected);
        Assert.Equal([1L, 0, 0], tally.Overflowed);
        Assert.Equal([0L, 1, 0], tally.Dropped);
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        var tally = new RoutingTally(3);
        Assert.Throws<ArgumentOutOfRangeException>(() => CapacityLimiter.Apply(new byte[3], new double[3], 1, 3, 4, 1.0,
            OverflowPolicy.Drop, false, new byte[4], new double[4], tally));
        Assert.Throws<ArgumentOutOfRangeException>(() => CapacityLimiter.Apply(new byte[3], new double[3], 1, 3, 1, 0.0,
            OverflowPolicy.Drop, false, new byte[1], new double[1], tally));
    }
}
