using System.Net;
using BatteryOs.Hosting.Postgres;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace BatteryOs.Hosting.Cluster;

/// <summary>
/// One member of a BatteryOs cluster: an Orleans silo with PostgreSQL membership and grain storage, and
/// an HTTP endpoint (/health, /metrics and the API) on its own port, taking telemetry from MQTT when
/// configured. Stopping it (SIGINT, SIGTERM) drains ingestion and deactivates every grain, which checkpoints
/// every changed pack.
/// </summary>
public static class ClusterSilo
{
    /// <summary>Builds the silo's web application; <see cref="WebApplication.RunAsync"/> runs it.</summary>
    public static WebApplication Build(string postgresConnectionString, ClusterSiloOptions options,
        IConfiguration configuration) =>
        SiloWebApplication.Build(options, configuration, silo =>
        {
            silo.ConfigureEndpoints(IPAddress.Parse(options.AdvertisedAddress), options.SiloPort,
                options.GatewayPort, listenOnAnyHostAddress: true);
            silo.Services.Configure<ClusterMembershipOptions>(configuration.GetSection("Membership"));
            silo.UseBatteryOsPostgres(postgresConnectionString);
        });
}
