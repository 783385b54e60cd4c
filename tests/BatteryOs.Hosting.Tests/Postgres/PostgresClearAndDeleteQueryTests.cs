using BatteryOs.Testing;

namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>The stored clear and delete queries, run as Orleans runs them.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresClearAndDeleteQueryTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly byte[] Payload = [9, 8, 7];

    private PostgresTestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await PostgresTestDatabase.CreateAsync(server, "clear_queries");

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task ClearAtCurrentVersionNullsPayloadAndBumpsVersion()
    {
        var pack = new PostgresStorageKey(1);
        await _db.Queries.WriteAsync(pack, null, Payload);
        await _db.Queries.WriteAsync(pack, 1, Payload);

        Assert.Equal(3, await _db.Queries.ClearAsync(pack, 2));
        Assert.Equal(new PostgresStoredRow(null, 3), await _db.Queries.ReadAsync(pack));
    }

    [Fact]
    public async Task ClearAtStaleVersionReturnsNullAndKeepsPayload()
    {
        var pack = new PostgresStorageKey(2);
        await _db.Queries.WriteAsync(pack, null, Payload);
        await _db.Queries.WriteAsync(pack, 1, Payload);

        Assert.Null(await _db.Queries.ClearAsync(pack, 1));
        var row = await _db.Queries.ReadAsync(pack);
        Assert.Equal(Payload, row!.Payload);
        Assert.Equal(2, row.Version);
    }

    [Fact]
    public async Task ClearOfNeverWrittenGrainLeavesEmptyRowAtVersionOne()
    {
        var pack = new PostgresStorageKey(3);

        Assert.Equal(1, await _db.Queries.ClearAsync(pack, null));
        Assert.Equal(new PostgresStoredRow(null, 1), await _db.Queries.ReadAsync(pack));
    }

    [Fact]
    public async Task WriteAfterClearContinuesFromClearedVersion()
    {
        var pack = new PostgresStorageKey(4);
        await _db.Queries.WriteAsync(pack, null, Payload);
        await _db.Queries.ClearAsync(pack, 1);

        Assert.Equal(3, await _db.Queries.WriteAsync(pack, 2, Payload));
    }

    [Fact]
    public async Task DeleteAtCurrentVersionRemovesRowAndReturnsNextVersion()
    {
        var pack = new PostgresStorageKey(5);
        await _db.Queries.WriteAsync(pack, null, Payload);
        await _db.Queries.WriteAsync(pack, 1, Payload);

        Assert.Equal([3], await _db.Queries.DeleteAsync(pack, 2));
        Assert.Null(await _db.Queries.ReadAsync(pack));
    }

    [Fact]
    public async Task DeleteAtStaleVersionReturnsNoRowAndKeepsRow()
    {
        var pack = new PostgresStorageKey(6);
        await _db.Queries.WriteAsync(pack, null, Payload);
        await _db.Queries.WriteAsync(pack, 1, Payload);

        Assert.Empty(await _db.Queries.DeleteAsync(pack, 1));
        Assert.Equal(2, (await _db.Queries.ReadAsync(pack))!.Version);
    }
}
