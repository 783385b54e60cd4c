using BatteryOs.Contracts.State;
using BatteryOs.Grains;
using BatteryOs.Hosting.Postgres;
using BatteryOs.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>
/// The packs' storage as a PostgreSQL silo builds it: writes batched, reads and clears by Orleans' ADO.NET
/// provider, on the same rows for every kind of grain key.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class BatchingPostgresGrainStorageTests(PostgresServer server) : IAsyncLifetime
{
    private const string StateName = "pack";

    private static readonly GrainType PackType = GrainType.Create("pack");

    private PostgresTestDatabase _db = null!;
    private TestCluster _cluster = null!;
    private IGrainStorage _storage = null!;
    private IGrainStorage _orleans = null!;

    public static TheoryData<string> Keys => ["integer", "integer+extension", "guid", "guid+extension", "string"];

    public async Task InitializeAsync()
    {
        _db = await PostgresTestDatabase.CreateAsync(server, "batching_storage");
        _cluster = await PostgresTestClusters.StartAsync(_db.ConnectionString, "batching-storage", silos: 1);
        var services = _cluster.GetSiloServiceProvider();
        _storage = services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Packs);
        _orleans = services.GetRequiredKeyedService<IGrainStorage>(PostgresOrleansExtensions.AdoNetStorageName);
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public void ThePacksStorageIsTheBatchingOne() => Assert.IsType<BatchingPostgresGrainStorage>(_storage);

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task OrleansReadsWhatTheBatchesWroteAndTheBatchesUpdateWhatOrleansWrote(string kind)
    {
        var first = GrainOf(kind, 1);
        var written = new GrainState<PackState>(State(100));
        await _storage.WriteStateAsync(StateName, first, written);
        var read = await ReadAsync(_orleans, first);
        Assert.Equal(("1", true, 100L), (read.ETag, read.RecordExists, read.State!.Cycle));

        var second = GrainOf(kind, 2);
        var byOrleans = new GrainState<PackState>(State(200));
        await _orleans.WriteStateAsync(StateName, second, byOrleans);
        byOrleans.State = State(201);
        await _storage.WriteStateAsync(StateName, second, byOrleans);
        var again = await ReadAsync(_storage, second);
        Assert.Equal(("2", 201L), (again.ETag, again.State!.Cycle));
        Assert.Equal(["2"], await _db.StringsAsync("SELECT count(*) FROM OrleansStorage"));
    }

    [Fact]
    public async Task AStaleVersionFailsLikeOrleansOwnWriteAndKeepsTheStoredState()
    {
        var pack = GrainOf("integer", 7);
        var current = new GrainState<PackState>(State(1));
        await _storage.WriteStateAsync(StateName, pack, current);
        var stale = new GrainState<PackState>(State(2)) { ETag = current.ETag };
        await _storage.WriteStateAsync(StateName, pack, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            _storage.WriteStateAsync(StateName, pack, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            _storage.WriteStateAsync(StateName, pack, new GrainState<PackState>(State(3))));

        var stored = await ReadAsync(_orleans, pack);
        Assert.Equal(("2", 1L), (stored.ETag, stored.State!.Cycle));
    }

    [Fact]
    public async Task AClearedGrainWritesAgainFromTheClearedVersion()
    {
        var pack = GrainOf("integer", 8);
        var state = new GrainState<PackState>(State(5));
        await _storage.WriteStateAsync(StateName, pack, state);
        await _storage.ClearStateAsync(StateName, pack, state);
        state.State = State(6);

        await _storage.WriteStateAsync(StateName, pack, state);

        var stored = await ReadAsync(_storage, pack);
        Assert.Equal(("3", 6L), (stored.ETag, stored.State!.Cycle));
    }

    private static async Task<GrainState<PackState>> ReadAsync(IGrainStorage storage, GrainId grain)
    {
        var state = new GrainState<PackState>();
        await storage.ReadStateAsync(StateName, grain, state);
        return state;
    }

    private static GrainId GrainOf(string kind, int n)
    {
        var guid = new Guid(n, 2, 3, [4, 5, 6, 7, 8, 9, 10, 11]);
        return kind switch
        {
            "integer" => GrainId.Create(PackType, GrainIdKeyExtensions.CreateIntegerKey(n)),
            "integer+extension" => GrainId.Create(PackType, GrainIdKeyExtensions.CreateIntegerKey(n, "east")),
            "guid" => GrainId.Create(PackType, GrainIdKeyExtensions.CreateGuidKey(guid)),
            "guid+extension" => GrainId.Create(PackType, GrainIdKeyExtensions.CreateGuidKey(guid, "west")),
            _ => GrainId.Create("pack", $"named-{n}"),
        };
    }

    private static PackState State(long cycle) => new() { Model = "seed", Cycle = cycle, SohPct = 99.5 };
}
