using BatteryOs.Grains;
using BatteryOs.Grains.Packs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace BatteryOs.Grains.Tests;

/// <summary>One in-process test cluster with memory storage, shared by the grain tests.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>Checkpoint interval the tests rely on.</summary>
    public const long CheckpointEveryCycles = 100;

    /// <summary>Cycles per routed chunk: small, so tests cross chunk boundaries.</summary>
    public const int MaxBatchCycles = 64;

    /// <summary>Ingested frames a pack holds for a missing seq.</summary>
    public const int ReorderCapacityFrames = 8;

    /// <summary>How long a held frame waits for a missing seq.</summary>
    public static readonly TimeSpan ReorderHoldTime = TimeSpan.FromSeconds(2);

    /// <summary>The ingestion clock of the (in-process) silo; tests move it by hand.</summary>
    public static FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));

    public TestCluster Cluster { get; } = new TestClusterBuilder(1)
        .AddSiloBuilderConfigurator<SiloConfigurator>()
        .Build();

    public IGrainFactory Grains => Cluster.GrainFactory;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.AddMemoryGrainStorage(StorageNames.Packs);
            silo.Services.AddKeyedSingleton<TimeProvider>(IngestionClock.ServiceKey, Time);
            silo.Services.AddBatteryOsGrainServices();
            silo.Services.Configure<PackGrainOptions>(o =>
            {
                o.CheckpointEveryCycles = CheckpointEveryCycles;
                o.MaxBatchCycles = MaxBatchCycles;
                o.ReorderCapacityFrames = ReorderCapacityFrames;
                o.ReorderHoldTime = ReorderHoldTime;
            });
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
