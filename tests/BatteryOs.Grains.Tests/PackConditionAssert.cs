using BatteryOs.Contracts.Wire;

namespace BatteryOs.Grains.Tests;

/// <summary>Asserts that two packs reached exactly the same condition (bit for bit).</summary>
internal static class PackConditionAssert
{
    /// <summary>Cycle, SEI, raw and smoothed SoH and routing counts equal.</summary>
    public static void Same(PackSummary expected, PackSummary actual)
    {
        Assert.Equal(expected.Cycle, actual.Cycle);
        Assert.Equal(expected.SeiNm, actual.SeiNm);
        Assert.Equal(expected.SohPct, actual.SohPct);
        Assert.Equal(expected.SohSmoothedPct, actual.SohSmoothedPct);
        Assert.Equal(expected.RoutingCounts, actual.RoutingCounts);
    }

    /// <summary>As <see cref="Same"/>, and the mixture risk and the last cycle's routing too.</summary>
    public static void SameWithRouting(PackSummary expected, PackSummary actual)
    {
        Same(expected, actual);
        Assert.Equal(expected.MixtureRisk, actual.MixtureRisk);
        Assert.Equal(expected.RecentExperts, actual.RecentExperts);
        Assert.Equal(expected.RecentWeights, actual.RecentWeights);
    }
}
