using BatteryOs.Grains.Metrics;
using BatteryOs.Hosting.Cluster;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace BatteryOs.Hosting.Telemetry;

/// <summary>
/// A cluster silo's metrics, wired in one place: every BatteryOs instrument (any class on the
/// <see cref="BatteryOsMeter"/> meter), Orleans' own meter, ASP.NET Core's and the .NET runtime's, served in
/// Prometheus' text format at <see cref="Path"/> on the silo's HTTP port.
/// </summary>
public static class SiloMetrics
{
    /// <summary>Where the silo serves its metrics.</summary>
    public const string Path = "/metrics";

    /// <summary>The <c>service.name</c> resource attribute of every silo.</summary>
    public const string ServiceName = "batteryos";

    /// <summary>The meter Orleans' runtime instruments belong to.</summary>
    public const string OrleansMeterName = "Microsoft.Orleans";

    /// <summary>
    /// Orleans instruments a silo does not export: each walks every activation of the silo whenever it is read,
    /// so with 100,000 packs active they cost about 40 ms of CPU per scrape each (docs/benchmarks.md). No
    /// dashboard uses them.
    /// </summary>
    public static readonly IReadOnlyList<string> UnexportedOrleansInstruments =
        ["orleans-messaging-processing-activation-data", "orleans-directory-cache-size"];

    /// <summary>The resource attribute holding the address other silos reach this one at (ip:port).</summary>
    public const string SiloEndpointAttribute = "batteryos.silo.endpoint";

    /// <summary>
    /// Adds the meters (less <see cref="UnexportedOrleansInstruments"/>) and the Prometheus exporter. The
    /// resource names the service (<c>service.name</c>, and the Orleans cluster as <c>service.namespace</c>) and
    /// the silo (<c>service.instance.id</c>: its configured name, else its endpoint); Prometheus shows them on the
    /// <c>target_info</c> series.
    /// </summary>
    public static IServiceCollection AddBatteryOsSiloMetrics(this IServiceCollection services,
        ClusterSiloOptions options)
    {
        var endpoint = $"{options.AdvertisedAddress}:{options.SiloPort}";
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(ServiceName, serviceNamespace: ClusterIdentity.ClusterId,
                    serviceInstanceId: options.SiloName ?? endpoint, autoGenerateServiceInstanceId: false)
                .AddAttributes([new KeyValuePair<string, object>(SiloEndpointAttribute, endpoint)]))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(BatteryOsMeter.Name, OrleansMeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddPrometheusExporter();
                foreach (var instrument in UnexportedOrleansInstruments)
                {
                    metrics.AddView(instrument, MetricStreamConfiguration.Drop);
                }
            });
        return services;
    }

    /// <summary>Serves the scrape endpoint at <see cref="Path"/>.</summary>
    public static WebApplication MapBatteryOsSiloMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(Path);
        return app;
    }
}
