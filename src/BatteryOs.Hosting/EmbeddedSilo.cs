using BatteryOs.Grains;
using BatteryOs.Hosting.Logging;
using BatteryOs.Hosting.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace BatteryOs.Hosting;

/// <summary>A single silo inside this process, on loopback, with memory or SQLite grain storage.</summary>
public sealed class EmbeddedSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedSilo(IHost host)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IGrainFactory>();
    }

    /// <summary>Grain references, for driving the silo from this process.</summary>
    public IGrainFactory Grains { get; }

    /// <summary>The silo's services.</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>Builds and starts the silo; returns once it accepts calls.</summary>
    public static async Task<EmbeddedSilo> StartAsync(EmbeddedSiloOptions options, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        builder.Logging.AddBatteryOsConsole(options.MinimumLogLevel);
        var ports = FreePorts.Take(2);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: ports[0], gatewayPort: ports[1], serviceId: options.ServiceId,
                clusterId: options.ServiceId);
            silo.Configure<ClusterOptions>(o => o.ServiceId = options.ServiceId);
            var ephemeral = options.Store.SqlitePath is null;
            silo.AddBatteryOsGrains(configure: packs =>
            {
                packs.CheckpointOnShutdown = !ephemeral;
                options.ConfigurePacks?.Invoke(packs);
            }, configureRouting: options.ConfigureRouting);
            if (options.Store.SqlitePath is { } path)
            {
                silo.AddBatteryOsSqliteStorage(StorageNames.Packs, path);
            }
            else
            {
                silo.AddBatteryOsMemoryStorage();
            }
        });

        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new EmbeddedSilo(host);
    }

    /// <summary>Stops the silo, deactivating every grain (which checkpoints changed packs).</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default) =>
        await _host.StopAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
