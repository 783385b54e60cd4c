using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;

namespace BatteryOs.Grains.Fleet;

/// <summary>Sums the silos' ingestion totals (in memory: silos report again every second).</summary>
public sealed class IngestionTotalsGrain : Grain, IIngestionTotalsGrain
{
    private readonly Dictionary<string, IngestionTotals> _bySilo = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task Report(string silo, IngestionTotals totals)
    {
        _bySilo[silo] = totals;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IngestionTotals> Sum() => Task.FromResult(_bySilo.Values.Aggregate(new IngestionTotals(),
        (sum, silo) => sum.Plus(silo)));
}
