using BatteryOs.Contracts;
using BatteryOs.Grains.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace BatteryOs.Hosting.Ingestion;

/// <summary>Reports this silo's ingestion totals to the cluster's totals grain every second and at stop.</summary>
public sealed partial class IngestionTotalsReporter(
    IGrainFactory grains,
    IngestionInstruments instruments,
    ILocalSiloDetails silo,
    ILogger<IngestionTotalsReporter> logger) : BackgroundService
{
    /// <summary>How often the totals are reported.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private IIngestionTotalsGrain Totals => grains.GetGrain<IIngestionTotalsGrain>(IIngestionTotalsGrain.Key);

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await ReportAsync();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await ReportAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ReportAsync()
    {
        try
        {
            await Totals.Report(silo.SiloAddress.ToString(), instruments.Snapshot());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The next report carries the same cumulative counts, so a missed one loses nothing.
            LogReportFailed(ex.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 2301, Level = LogLevel.Debug, Message = "Reporting ingestion totals failed ({Error})")]
    private partial void LogReportFailed(string error);
}
