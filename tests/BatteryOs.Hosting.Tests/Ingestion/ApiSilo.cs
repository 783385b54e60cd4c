using BatteryOs.Contracts;
using BatteryOs.Contracts.State;
using BatteryOs.Grains;
using BatteryOs.Grains.Metrics;
using BatteryOs.Hosting.Cluster;
using BatteryOs.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Serialization;
using Orleans.Storage;

namespace BatteryOs.Hosting.Tests.Ingestion;

/// <summary>
/// A silo in this process built as `batteryos silo` builds one (grains, ingestion, the HTTP API on a real
/// port), but on localhost clustering and memory storage; with a broker when one is given.
/// </summary>
public sealed class ApiSilo : IAsyncDisposable
{
    /// <summary>The API key the silo accepts.</summary>
    public const string ApiKey = "test-key-0123456789abcdef";

    /// <summary>The HTTP body limit the silo enforces, bytes.</summary>
    public const int MaxHttpPayloadBytes = 4096;

    private readonly WebApplication _app;

    private ApiSilo(WebApplication app, int httpPort)
    {
        _app = app;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}") };
    }

    /// <summary>The ingestion clock, which tests move by hand.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));

    /// <summary>A client of the silo's HTTP port.</summary>
    public HttpClient Http { get; }

    /// <summary>The silo's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Grain references.</summary>
    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's ingestion counters.</summary>
    public IngestionInstruments Instruments => _app.Services.GetRequiredService<IngestionInstruments>();

    /// <summary>Starts a silo; with <paramref name="mqtt"/>, it takes telemetry from that broker.</summary>
    public static async Task<ApiSilo> StartAsync(MosquittoServer? mqtt = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var ports = FreePorts.Take(3);
        var values = new Dictionary<string, string?>
        {
            ["Ingestion:ApiKey"] = ApiKey,
            ["Ingestion:MaxHttpPayloadBytes"] = $"{MaxHttpPayloadBytes}",
        };
        if (mqtt is not null)
        {
            values["Mqtt:Host"] = MosquittoServer.Host;
            values["Mqtt:Port"] = $"{mqtt.Port}";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var options = new ClusterSiloOptions { SiloPort = ports[0], GatewayPort = ports[1], HttpPort = ports[2] };
        FakeTimeProvider? time = null;
        var app = SiloWebApplication.Build(options, configuration,
            silo => silo.UseLocalhostClustering(ports[0], ports[1]).AddBatteryOsMemoryStorage(),
            services => services.AddKeyedSingleton<TimeProvider>(IngestionClock.ServiceKey, (_, _) => time!));
        var silo = new ApiSilo(app, ports[2]);
        time = silo.Time;
        try
        {
            await app.StartAsync();
        }
        catch
        {
            silo.Http.Dispose();
            await app.DisposeAsync();
            throw;
        }

        return silo;
    }

    /// <summary>The pack's checkpoint as stored, serialized: compared byte for byte.</summary>
    public async Task<byte[]> StoredStateAsync(long packId)
    {
        var storage = _app.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Packs);
        var state = new GrainState<PackState>(new PackState());
        await storage.ReadStateAsync("pack", Grains.GetGrain<IPackGrain>(packId).GetGrainId(), state);
        return Serialize(state.State);
    }

    /// <summary>A value in Orleans' binary serialization.</summary>
    public byte[] Serialize<T>(T value) => _app.Services.GetRequiredService<Serializer>().SerializeToArray(value);

    /// <summary>Stops the silo (draining MQTT ingestion first).</summary>
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
