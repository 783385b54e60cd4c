namespace BatteryOs.Hosting.Tests.Sqlite;

/// <summary>The stored write query's optimistic concurrency, run as Orleans runs it.</summary>
public sealed class WriteQueryTests : IDisposable
{
    private static readonly StorageKey Pack = new(7);
    private static readonly byte[] PayloadA = [1, 2, 3];
    private static readonly byte[] PayloadB = [4, 5, 6, 7];

    private readonly StorageDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void FirstInsertReturnsVersionOne()
    {
        Assert.Equal(1, _db.Queries.Write(Pack, null, PayloadA));

        var row = _db.Queries.Read(Pack);
        Assert.NotNull(row);
        Assert.Equal(PayloadA, row.Payload);
        Assert.Equal(1, row.Version);
    }

    [Fact]
    public void SecondInsertWithoutVersionReturnsNullAndKeepsFirst()
    {
        _db.Queries.Write(Pack, null, PayloadA);

        Assert.Null(_db.Queries.Write(Pack, null, PayloadB));
        Assert.Equal(1, _db.Queries.Read(Pack)!.Version);
        Assert.Equal(PayloadA, _db.Queries.Read(Pack)!.Payload);
    }

    [Fact]
    public void MatchingVersionReturnsNextVersion()
    {
        _db.Queries.Write(Pack, null, PayloadA);

        Assert.Equal(2, _db.Queries.Write(Pack, 1, PayloadB));
        Assert.Equal(3, _db.Queries.Write(Pack, 2, PayloadA));
        Assert.Equal(3, _db.Queries.Read(Pack)!.Version);
        Assert.Equal(PayloadA, _db.Queries.Read(Pack)!.Payload);
    }

    [Fact]
    public void StaleVersionReturnsNullAndChangesNothing()
    {
        _db.Queries.Write(Pack, null, PayloadA);
        _db.Queries.Write(Pack, 1, PayloadA);
        _db.Queries.Write(Pack, 2, PayloadA);

        Assert.Null(_db.Queries.Write(Pack, 1, PayloadB));
        Assert.Equal(3, _db.Queries.Read(Pack)!.Version);
        Assert.Equal(PayloadA, _db.Queries.Read(Pack)!.Payload);
    }

    [Fact]
    public void VersionForMissingRowReturnsNullAndInsertsNothing()
    {
        Assert.Null(_db.Queries.Write(Pack, 4, PayloadA));
        Assert.Null(_db.Queries.Read(Pack));
    }

    [Fact]
    public void TwinWriterAtSameVersionReturnsNull()
    {
        // Two activations of one grain both hold version 1; the second must not be told it wrote version 2.
        _db.Queries.Write(Pack, null, PayloadA);
        Assert.Equal(2, _db.Queries.Write(Pack, 1, PayloadA));

        Assert.Null(_db.Queries.Write(Pack, 1, PayloadB));
        Assert.Equal(PayloadA, _db.Queries.Read(Pack)!.Payload);
    }

    [Fact]
    public void KeyExtensionSeparatesRows()
    {
        var extended = Pack with { Extension = "left" };

        Assert.Equal(1, _db.Queries.Write(Pack, null, PayloadA));
        Assert.Equal(1, _db.Queries.Write(extended, null, PayloadB));
        Assert.Equal(2, _db.Queries.Write(extended, 1, PayloadB));

        Assert.Equal(1, _db.Queries.Read(Pack)!.Version);
        Assert.Equal(2, _db.Queries.Read(extended)!.Version);
    }
}
