namespace BatteryOs.Model.Gating.Learned;

/// <summary>An observed sample with its weight in a fit.</summary>
/// <param name="Sample">The cycle.</param>
/// <param name="Weight">Its weight; the weights of a fit sum to 1.</param>
public readonly record struct WeightedSample(RoutingSample Sample, double Weight)
{
    /// <summary>
    /// The observed samples of <paramref name="curves"/>, weighted so that lab cells and simulated packs count
    /// equally, each source's squared errors over its own variance: the lab cycles' scatter (tenths of a %
    /// from cycle to cycle) would otherwise drown the packs' exact losses (hundredths of a %).
    /// </summary>
    public static WeightedSample[] Of(IEnumerable<RoutingTrajectory> curves)
    {
        var sources = curves.GroupBy(c => c.IsLab)
            .Select(g => g.SelectMany(c => c.Samples).Where(s => s.IsObserved).ToArray())
            .Where(s => s.Length > 0)
            .ToArray();
        return
        [
            .. sources.SelectMany(samples =>
            {
                var mean = samples.Average(s => s.ObservedLossPct);
                var variance = samples.Average(s => (s.ObservedLossPct - mean) * (s.ObservedLossPct - mean));
                var weight = 1.0 / (sources.Length * samples.Length * (variance > 0 ? variance : 1.0));
                return samples.Select(s => new WeightedSample(s, weight));
            }),
        ];
    }
}
