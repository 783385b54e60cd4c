using BatteryOs.Contracts.Wire;

namespace BatteryOs.Contracts;

/// <summary>
/// The cluster's ingestion totals: every silo reports its own cumulative counts here every second, and
/// the sum answers for the whole cluster (a silo that died counts with its last report).
/// </summary>
public interface IIngestionTotalsGrain : IGrainWithStringKey
{
    /// <summary>The key of the one totals grain.</summary>
    const string Key = "cluster";

    /// <summary>Records one silo's totals since it started (a later report replaces an earlier one).</summary>
    Task Report(string silo, IngestionTotals totals);

    /// <summary>The sum of every silo's latest report.</summary>
    Task<IngestionTotals> Sum();
}
