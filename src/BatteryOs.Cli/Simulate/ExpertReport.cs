namespace BatteryOs.Cli.Simulate;

/// <summary>One expert's part in the fleet's routing, over every pack's lifetime.</summary>
/// <param name="Share">Its share of all top-k selections, 0-1.</param>
/// <param name="MeanRisk">The mean risk it returned per selection, 0-1.</param>
/// <param name="DegradationPctPerSelection">
/// The mean capacity cost it attributed to its mechanism per selection, % of nominal (0 under the seed
/// profile, whose arithmetic attributes nothing to experts).
/// </param>
internal sealed record ExpertReport(double Share, double MeanRisk, double DegradationPctPerSelection);
