using BatteryOs.Hosting;
using BatteryOs.Hosting.Cluster;
using Microsoft.Extensions.Logging;

namespace BatteryOs.Cli.Connection;

/// <summary>Grains for a command: an embedded silo in this process, or a client of a running cluster.</summary>
internal sealed class FleetConnection : IAsyncDisposable
{
    private readonly EmbeddedSilo? _silo;
    private readonly ClusterClient? _client;

    private FleetConnection(EmbeddedSilo? silo, ClusterClient? client)
    {
        _silo = silo;
        _client = client;
        Grains = silo?.Grains ?? client!.Client;
    }

    /// <summary>Grain references.</summary>
    public IGrainFactory Grains { get; }

    /// <summary>Starts the embedded silo or connects to the cluster.</summary>
    public static async Task<FleetConnection> OpenAsync(ConnectionSettings settings, CancellationToken token)
    {
        if (settings.Mode == ConnectionMode.Postgres)
        {
            var client = await StartupErrors.Explain(settings.Postgres!,
                () => ClusterClient.ConnectAsync(settings.Postgres!, LogLevel.Warning, token));
            return new FleetConnection(null, client);
        }

        var options = new EmbeddedSiloOptions
        {
            Store = settings.Store,
            ConfigurePacks = o =>
            {
                o.CheckpointEveryCycles = settings.CheckpointEveryCycles;
                o.SmoothingWindowCycles = settings.SmoothingWindowCycles;
                o.TopK = settings.Routing?.K ?? o.TopK;
            },
            ConfigureRouting = o => settings.Routing?.ApplyTo(o),
        };
        return new FleetConnection(await EmbeddedSilo.StartAsync(options, token), null);
    }

    /// <summary>Stops the embedded silo (deactivating and checkpointing its packs) or disconnects.</summary>
    public async Task CloseAsync()
    {
        if (_silo is not null)
        {
            await _silo.StopAsync();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }

        if (_client is not null)
        {
            await _client.DisposeAsync();
        }
    }
}
