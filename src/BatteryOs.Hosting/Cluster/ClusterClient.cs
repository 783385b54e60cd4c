using BatteryOs.Hosting.Logging;
using BatteryOs.Hosting.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace BatteryOs.Hosting.Cluster;

/// <summary>An Orleans client of a PostgreSQL-backed cluster, reaching the silos through their gateways.</summary>
public sealed class ClusterClient : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterClient(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    /// <summary>The connected client.</summary>
    public IClusterClient Client { get; }

    /// <summary>Connects; throws if no gateway can be reached.</summary>
    public static async Task<ClusterClient> ConnectAsync(string postgresConnectionString, LogLevel minimumLogLevel,
        CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        builder.Logging.AddBatteryOsConsole(minimumLogLevel);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(ClusterIdentity.Apply);
            client.UseBatteryOsPostgres(postgresConnectionString);
            client.Services.AddStorageErrorSerialization();
        });

        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new ClusterClient(host);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
