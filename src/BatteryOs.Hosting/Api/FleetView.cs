using BatteryOs.Contracts.Wire;

namespace BatteryOs.Hosting.Api;

/// <summary>GET /api/fleet: the latest simulation run, and ingestion over the cluster and on this silo.</summary>
/// <param name="LatestRun">The fleet's latest simulation run, or null before the first.</param>
/// <param name="Ingestion">Ingestion totals summed over the cluster's silos (reported every second).</param>
/// <param name="ThisSilo">Ingestion totals of the silo that answered, since it started.</param>
public sealed record FleetView(FleetRun? LatestRun, IngestionTotalsView Ingestion, IngestionTotalsView ThisSilo);
