using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Experts;

namespace BatteryOs.Cli.Simulate;

/// <summary>Fleet-wide figures computed from every pack's summary.</summary>
internal sealed record FleetStatistics(
    Distribution SohPct,
    Distribution SeiNm,
    double SohSmoothedMeanPct,
    IReadOnlyDictionary<string, double> RoutingShare)
{
    /// <summary>Aggregates the summaries (routing share is over lifetime top-k selections).</summary>
    public static FleetStatistics Of(IReadOnlyList<PackSummary> packs)
    {
        var soh = packs.Select(p => p.SohPct).ToArray();
        var sei = packs.Select(p => p.SeiNm).ToArray();
        var counts = new long[ExpertCatalog.Count];
        foreach (var pack in packs)
        {
            for (var e = 0; e < counts.Length && e < pack.RoutingCounts.Length; e++)
            {
                counts[e] += pack.RoutingCounts[e];
            }
        }

        var total = Math.Max(1, counts.Sum());
        var share = ExpertCatalog.All
            .Select((expert, e) => (expert.Name, Share: (double)counts[e] / total))
            .ToDictionary(x => x.Name, x => x.Share);
        var smoothed = packs.Count == 0 ? 0 : packs.Average(p => p.SohSmoothedPct);
        return new FleetStatistics(Distribution.Of(soh), Distribution.Of(sei), smoothed, share);
    }
}
