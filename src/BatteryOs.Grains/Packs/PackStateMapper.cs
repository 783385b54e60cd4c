using BatteryOs.Contracts.State;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Profiles;

namespace BatteryOs.Grains.Packs;

/// <summary>Converts between a pack's persisted checkpoint and its in-memory life.</summary>
internal static class PackStateMapper
{
    /// <summary>Rebuilds a pack's life from its checkpoint.</summary>
    public static PackLife Restore(PackState state, int windowCycles)
    {
        var profile = ModelProfiles.Get(state.Model);
        var condition = new PackCondition(state.Cycle, state.SeiNm, state.SohPct);
        var window = RecentWindow.Restore(windowCycles, state.RecentFrames, state.RecentSohPct);
        var counts = new long[ExpertCatalog.Count];
        state.RoutingCounts.AsSpan(0, Math.Min(counts.Length, state.RoutingCounts.Length)).CopyTo(counts);
        var experts = ExpertTotals.Restore(counts.Length, state.ExpertRiskSums, state.ExpertDegradationPctSums);
        return new PackLife(profile, condition, window, counts, state.MixtureRisk, experts, state.EndOfLifeCycle);
    }

    /// <summary>Copies a pack's life into its checkpoint.</summary>
    public static void Capture(PackLife life, PackState state)
    {
        state.Model = life.Profile.Name;
        state.Cycle = life.Condition.Cycle;
        state.SeiNm = life.Condition.SeiNm;
        state.SohPct = life.Condition.SohPct;
        state.MixtureRisk = life.MixtureRisk;
        state.RecentFrames = life.Window.Frames();
        state.RecentSohPct = life.Window.SohValuesPct();
        state.RoutingCounts = [.. life.RoutingCounts];
        state.EndOfLifeCycle = life.EndOfLifeCycle;
        state.ExpertRiskSums = [.. life.Experts.RiskSums];
        state.ExpertDegradationPctSums = [.. life.Experts.DegradationPctSums];
    }
}
