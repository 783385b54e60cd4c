using BatteryOs.Grains;
using BatteryOs.Grains.Packs;
using Microsoft.Extensions.DependencyInjection;
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
            silo.Services.AddBatteryOsGrainServices();
            silo.Services.Configure<PackGrainOptions>(o =>
            {
                o.CheckpointEveryCycles = CheckpointEveryCycles;
                o.MaxBatchCycles = MaxBatchCycles;
            });
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
