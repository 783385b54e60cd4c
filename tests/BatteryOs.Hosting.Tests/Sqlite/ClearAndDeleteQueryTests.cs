namespace BatteryOs.Hosting.Tests.Sqlite;

/// <summary>The stored clear and delete queries, run as Orleans runs them.</summary>
public sealed class ClearAndDeleteQueryTests : IDisposable
{
    private static readonly StorageKey Pack = new(9);
    private static readonly byte[] Payload = [9, 8, 7];

    private readonly StorageDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void ClearAtCurrentVersionNullsPayloadAndBumpsVersion()
    {
        _db.Queries.Write(Pack, null, Payload);
        _db.Queries.Write(Pack, 1, Payload);

        Assert.Equal(3, _db.Queries.Clear(Pack, 2));
        Assert.Equal(new StoredRow(null, 3), _db.Queries.Read(Pack));
    }

    [Fact]
    public void ClearAtStaleVersionReturnsNullAndKeepsPayload()
    {
        _db.Queries.Write(Pack, null, Payload);
        _db.Queries.Write(Pack, 1, Payload);

        Assert.Null(_db.Queries.Clear(Pack, 1));
        Assert.Equal(Payload, _db.Queries.Read(Pack)!.Payload);
        Assert.Equal(2, _db.Queries.Read(Pack)!.Version);
    }

    [Fact]
    public void ClearOfNeverWrittenGrainLeavesEmptyRowAtVersionOne()
    {
        Assert.Equal(1, _db.Queries.Clear(Pack, null));
        Assert.Equal(new StoredRow(null, 1), _db.Queries.Read(Pack));
    }

    [Fact]
    public void WriteAfterClearContinuesFromClearedVersion()
    {
        _db.Queries.Write(Pack, null, Payload);
        _db.Queries.Clear(Pack, 1);

        Assert.Equal(3, _db.Queries.Write(Pack, 2, Payload));
    }

    [Fact]
    public void DeleteAtCurrentVersionRemovesRowAndReturnsNextVersion()
    {
        _db.Queries.Write(Pack, null, Payload);
        _db.Queries.Write(Pack, 1, Payload);

        Assert.Equal([3L], _db.Queries.Delete(Pack, 2));
        Assert.Null(_db.Queries.Read(Pack));
    }

    [Fact]
    public void DeleteAtStaleVersionReturnsNoRowAndKeepsRow()
    {
        _db.Queries.Write(Pack, null, Payload);
        _db.Queries.Write(Pack, 1, Payload);

        Assert.Empty(_db.Queries.Delete(Pack, 1));
        Assert.Equal(2, _db.Queries.Read(Pack)!.Version);
    }
}
