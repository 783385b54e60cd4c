using BatteryOs.Contracts.State;
using BatteryOs.Grains;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace BatteryOs.Hosting.Tests.Sqlite;

/// <summary>Orleans' own ADO.NET provider, as a silo builds it, running on the SQLite queries.</summary>
public sealed class ProviderContractTests : IDisposable
{
    private const string StateName = "pack";
    private static readonly GrainId Grain = GrainId.Create("contract-test", "1");

    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task WriteReadConflictAndClearKeepOrleansETags()
    {
        await using var cluster = await TestClusters.StartSqliteAsync(_file.Path);
        var storage = cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(StorageNames.Packs);

        var ownerState = new PackState { Cycle = 10 };
        var owner = new GrainState<PackState>(ownerState);
        await storage.WriteStateAsync(StateName, Grain, owner);
        var twin = new GrainState<PackState>(new PackState { Cycle = 99 });
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, Grain, twin));

        var read = new GrainState<PackState>();
        await storage.ReadStateAsync(StateName, Grain, read);
        Assert.Equal("1", read.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal(10, StateOf(read).Cycle);

        ownerState.Cycle = 20;
        await storage.WriteStateAsync(StateName, Grain, owner);
        Assert.Equal("2", owner.ETag);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, Grain, read));

        await storage.ClearStateAsync(StateName, Grain, owner);
        Assert.Equal("3", owner.ETag);
        var cleared = new GrainState<PackState>();
        await storage.ReadStateAsync(StateName, Grain, cleared);
        Assert.Equal("3", cleared.ETag);
        Assert.False(cleared.RecordExists);
        Assert.Equal(0, StateOf(cleared).Cycle);
    }

    private static PackState StateOf(GrainState<PackState> grainState) =>
        Assert.IsType<PackState>(grainState.State);
}
