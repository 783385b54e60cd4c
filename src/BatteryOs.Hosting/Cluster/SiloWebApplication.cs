using BatteryOs.Hosting.Api;
using BatteryOs.Hosting.Ingestion;
using BatteryOs.Hosting.Logging;
using BatteryOs.Hosting.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace BatteryOs.Hosting.Cluster;

/// <summary>
/// A silo inside a web application, whatever its clustering and storage: the grains, telemetry ingestion
/// (MQTT when configured) and the HTTP endpoints (/health, /metrics and the API) on the silo's HTTP port.
/// </summary>
public static class SiloWebApplication
{
    /// <summary>How long a stopping silo may take to deactivate (and so checkpoint) its grains.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Builds the application; <paramref name="cluster"/> adds clustering and storage.</summary>
    /// <param name="options">Ports and addresses.</param>
    /// <param name="configuration">Packs, Ingestion, Mqtt and Membership sections.</param>
    /// <param name="cluster">Adds clustering and grain storage to the silo.</param>
    /// <param name="services">Registers services before the defaults (tests replace the ingestion clock).</param>
    public static WebApplication Build(ClusterSiloOptions options, IConfiguration configuration,
        Action<ISiloBuilder> cluster, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.AddBatteryOsConsole(LogLevel.Information);

        // A failed start is reported once, as one line, by the command; these would repeat it.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.Logging.AddFilter("Orleans.Runtime.Silo", LogLevel.Critical);
        builder.Logging.AddFilter("Orleans.Runtime.SiloLifecycleSubject", LogLevel.Critical);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // Orleans' placement pipeline logs every placement through Polly at Information: a line per pack activated.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.WebHost.UseUrls($"http://{options.HttpAddress}:{options.HttpPort}");
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddProblemDetails();
        builder.Services.AddBatteryOsSiloMetrics(options);
        services?.Invoke(builder.Services);

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(ClusterIdentity.Apply);
            if (options.SiloName is { } name)
            {
                silo.Configure<SiloOptions>(o => o.SiloName = name);
            }

            cluster(silo);
            silo.AddBatteryOsGrains(configuration);
        });
        builder.Services.AddBatteryOsIngestion(configuration);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapGet("/health", (HttpContext context) => SiloHealth.Report(context.RequestServices));
        app.MapBatteryOsSiloMetrics();
        app.MapBatteryOsApi();
        return app;
    }
}
