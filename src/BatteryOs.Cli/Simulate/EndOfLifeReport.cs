using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Packs;

namespace BatteryOs.Cli.Simulate;

/// <summary>
/// When the fleet's packs fell below the end-of-life SoH. Packs still above it have not failed yet, so the
/// percentiles count them as failing after every pack that did (nearest rank): a percentile the fleet has
/// not reached yet is null.
/// </summary>
/// <param name="SohThresholdPct">The end-of-life SoH, %.</param>
/// <param name="ReachedShare">Share of packs that have reached it, 0-1.</param>
/// <param name="Cycles">Cycles to end of life.</param>
/// <param name="Years">Years to end of life, when the model knows cycles per day.</param>
internal sealed record EndOfLifeReport(double SohThresholdPct, double ReachedShare, Percentiles Cycles,
    Percentiles? Years)
{
    /// <summary>The report for a fleet's summaries under a model running <paramref name="cyclesPerDay"/>.</summary>
    public static EndOfLifeReport Of(IReadOnlyList<PackSummary> packs, double? cyclesPerDay)
    {
        var reached = packs.Where(p => p.EndOfLifeCycle > 0).Select(p => (double)p.EndOfLifeCycle).Order().ToArray();
        var cycles = Percentiles.NearestRank(reached, packs.Count);
        var years = cyclesPerDay is { } perDay ? cycles.Scaled(1.0 / (perDay * DaysPerYear)) : null;
        return new EndOfLifeReport(PackLife.EndOfLifeSohPct,
            packs.Count == 0 ? 0 : (double)reached.Length / packs.Count, cycles, years);
    }

    /// <summary>Days in a year, for years from cycles per day.</summary>
    public const double DaysPerYear = 365.25;
}
