using System.Net;
using BatteryOs.Hosting.Logging;
using BatteryOs.Hosting.Postgres;
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
/// One member of a BatteryOs cluster: an Orleans silo with PostgreSQL membership and grain storage, and
/// HTTP endpoints (/health, /metrics) on their own port. Stopping it (SIGINT, SIGTERM) deactivates every grain,
/// which checkpoints every changed pack.
/// </summary>
public static class ClusterSilo
{
    /// <summary>Builds the silo's web application; <see cref="WebApplication.RunAsync"/> runs it.</summary>
    public static WebApplication Build(string postgresConnectionString, ClusterSiloOptions options,
        IConfiguration configuration)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.AddBatteryOsConsole(LogLevel.Information);

        // A failed start is reported once, as one line, by the command; these would repeat it.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.Logging.AddFilter("Orleans.Runtime.Silo", LogLevel.Critical);
        builder.Logging.AddFilter("Orleans.Runtime.SiloLifecycleSubject", LogLevel.Critical);

        // Orleans' placement pipeline logs every placement through Polly at Information: a line per pack activated.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.WebHost.UseUrls($"http://{options.HttpAddress}:{options.HttpPort}");
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(2));
        builder.Services.AddBatteryOsSiloMetrics(options);

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(ClusterIdentity.Apply);
            if (options.SiloName is { } name)
            {
                silo.Configure<SiloOptions>(o => o.SiloName = name);
            }

            silo.ConfigureEndpoints(IPAddress.Parse(options.AdvertisedAddress), options.SiloPort,
                options.GatewayPort, listenOnAnyHostAddress: true);
            silo.Services.Configure<ClusterMembershipOptions>(configuration.GetSection("Membership"));
            silo.UseBatteryOsPostgres(postgresConnectionString);
            silo.AddBatteryOsGrains(configuration);
        });

        var app = builder.Build();
        app.MapGet("/health", (HttpContext context) => SiloHealth.Report(context.RequestServices));
        app.MapBatteryOsSiloMetrics();
        return app;
    }
}
