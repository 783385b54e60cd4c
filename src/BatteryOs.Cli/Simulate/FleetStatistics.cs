using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Experts;

namespace BatteryOs.Cli.Simulate;

/// <summary>Fleet-wide figures computed from every pack's summary.</summary>
internal sealed record FleetStatistics(
    Distribution SohPct,
    Distribution SeiNm,
    double SohSmoothedMeanPct,
    IReadOnlyDictionary<string, ExpertReport> Experts,
    EndOfLifeReport EndOfLife)
{
    /// <summary>The routing share of each expert (over lifetime top-k selections).</summary>
    public IReadOnlyDictionary<string, double> RoutingShare => Experts.ToDictionary(e => e.Key, e => e.Value.Share);

    /// <summary>Aggregates the summaries of a fleet under a model running <paramref name="cyclesPerDay"/>.</summary>
    public static FleetStatistics Of(IReadOnlyList<PackSummary> packs, double? cyclesPerDay)
    {
        var soh = packs.Select(p => p.SohPct).ToArray();
        var sei = packs.Select(p => p.SeiNm).ToArray();
        var counts = new long[ExpertCatalog.Count];
        var risks = new double[ExpertCatalog.Count];
        var degradation = new double[ExpertCatalog.Count];
        foreach (var pack in packs)
        {
            Accumulate(counts, pack.RoutingCounts);
            Accumulate(risks, pack.ExpertRiskSums);
            Accumulate(degradation, pack.ExpertDegradationPctSums);
        }

        var total = Math.Max(1, counts.Sum());
        var experts = ExpertCatalog.All
            .Select((expert, e) => (expert.Name, Report: new ExpertReport((double)counts[e] / total,
                risks[e] / Math.Max(1, counts[e]), degradation[e] / Math.Max(1, counts[e]))))
            .ToDictionary(x => x.Name, x => x.Report);
        var smoothed = packs.Count == 0 ? 0 : packs.Average(p => p.SohSmoothedPct);
        return new FleetStatistics(Distribution.Of(soh), Distribution.Of(sei), smoothed, experts,
            EndOfLifeReport.Of(packs, cyclesPerDay));
    }

    private static void Accumulate<T>(T[] sums, T[] values)
        where T : System.Numerics.INumber<T>
    {
        for (var e = 0; e < sums.Length && e < values.Length; e++)
        {
            sums[e] += values[e];
        }
    }
}
