using BatteryOs.Hosting.Postgres;
using BatteryOs.Testing;

namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>Applying the schema: what it creates, what a second run reports, and what it keeps.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaTests(PostgresServer server)
{
    private static readonly string[] ClusteringKeys =
    [
        "CleanupDefunctSiloEntriesKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey",
        "InsertMembershipKey", "InsertMembershipVersionKey", "MembershipReadAllKey", "MembershipReadRowKey",
        "UpdateIAmAlivetimeKey", "UpdateMembershipKey",
    ];

    private static readonly string[] ReminderKeys =
    [
        "DeleteReminderRowKey", "DeleteReminderRowsKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
        "ReadReminderRowKey", "ReadReminderRowsKey", "UpsertReminderRowKey",
    ];

    private static readonly string[] StorageKeys =
        ["ClearStorageKey", "DeleteStorageKey", "ReadFromStorageKey", "WriteManyToStorageKey", "WriteToStorageKey"];

    [Fact]
    public void ScriptsAreEmbeddedAndDeclareTheirTablesAndQueries()
    {
        var scripts = PostgresSchemaScript.All.ToDictionary(s => s.Area);

        Assert.Equal(["main", "storage", "clustering", "reminder"], PostgresSchemaScript.All.Select(s => s.Area));
        Assert.Equal(["orleansquery"], scripts["main"].Tables);
        Assert.Equal(["orleansstorage"], scripts["storage"].Tables);
        Assert.Equal(["orleansmembershipversiontable", "orleansmembershiptable"], scripts["clustering"].Tables);
        Assert.Equal(["orleansreminderstable"], scripts["reminder"].Tables);
        Assert.Equal(StorageKeys, scripts["storage"].QueryKeys.Order());
        Assert.Equal(["batteryoswritemany"], scripts["storage"].Functions);
        Assert.All(PostgresSchemaScript.All.Where(s => s.Area != "storage"), s => Assert.Empty(s.Functions));
        Assert.Equal(ClusteringKeys, scripts["clustering"].QueryKeys.Order());
        Assert.Equal(ReminderKeys, scripts["reminder"].QueryKeys.Order());
    }

    [Fact]
    public async Task FirstRunCreatesEverythingAndSecondRunFindsItPresent()
    {
        var connectionString = await server.CreateDatabaseAsync(PostgresTestDatabase.UniqueName("schema_twice"));

        var first = await PostgresSchema.ApplyAsync(connectionString, CancellationToken.None);
        var second = await PostgresSchema.ApplyAsync(connectionString, CancellationToken.None);

        Assert.Equal(
        [
            "created table orleansquery",
            "created table orleansstorage",
            "created function batteryoswritemany",
            "stored 5 storage queries (5 new)",
            "created table orleansmembershipversiontable",
            "created table orleansmembershiptable",
            "stored 9 clustering queries (9 new)",
            "created table orleansreminderstable",
            "stored 7 reminder queries (7 new)",
        ], first);
        Assert.Equal(
        [
            "table orleansquery already present",
            "table orleansstorage already present",
            "function batteryoswritemany already present",
            "stored 5 storage queries (5 unchanged)",
            "table orleansmembershipversiontable already present",
            "table orleansmembershiptable already present",
            "stored 9 clustering queries (9 unchanged)",
            "table orleansreminderstable already present",
            "stored 7 reminder queries (7 unchanged)",
        ], second);
    }

    [Fact]
    public async Task RerunKeepsRowsAndRestoresAnEditedQuery()
    {
        await using var db = await PostgresTestDatabase.CreateAsync(server, "schema_rerun");
        await db.Queries.WriteAsync(new PostgresStorageKey(1), null, [42]);
        await using (var edit = db.DataSource.CreateCommand(
            "UPDATE OrleansQuery SET QueryText = 'SELECT 1' WHERE QueryKey = 'GatewaysQueryKey'"))
        {
            Assert.Equal(1, await edit.ExecuteNonQueryAsync());
        }

        var lines = await PostgresSchema.ApplyAsync(db.ConnectionString, CancellationToken.None);

        Assert.Contains("stored 9 clustering queries (1 updated, 8 unchanged)", lines);
        Assert.Equal(["1"], await db.StringsAsync("SELECT Version FROM OrleansStorage"));
        Assert.Equal(21, (await db.StringsAsync("SELECT QueryKey FROM OrleansQuery")).Count);
        Assert.DoesNotContain("SELECT 1",
            await db.StringsAsync("SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'GatewaysQueryKey'"));
    }

    [Fact]
    public async Task RerunRestoresAnEditedFunctionAndSaysSo()
    {
        await using var db = await PostgresTestDatabase.CreateAsync(server, "schema_function");
        await using (var edit = db.DataSource.CreateCommand(
            "CREATE OR REPLACE FUNCTION BatteryOsWriteMany(GrainIdHashes integer[], GrainIdN0s bigint[], " +
            "GrainIdN1s bigint[], GrainTypeHashes integer[], GrainTypeStrings text[], " +
            "GrainIdExtensionStrings text[], GrainStateVersions integer[], PayloadBinaries bytea[], " +
            "ForServiceId text) RETURNS TABLE (Element integer, NewGrainStateVersion integer) " +
            "LANGUAGE sql AS 'SELECT 1, 1'"))
        {
            await edit.ExecuteNonQueryAsync();
        }

        var lines = await PostgresSchema.ApplyAsync(db.ConnectionString, CancellationToken.None);

        Assert.Contains("updated function batteryoswritemany", lines);
        Assert.DoesNotContain("SELECT 1, 1",
            await db.StringsAsync("SELECT prosrc FROM pg_proc WHERE proname = 'batteryoswritemany'"));
    }

    [Fact]
    public async Task ConcurrentRunsAllSucceedAndExactlyOneCreates()
    {
        var connectionString = await server.CreateDatabaseAsync(PostgresTestDatabase.UniqueName("schema_concurrent"));

        var runs = await Task.WhenAll(Enumerable.Range(0, 3)
            .Select(_ => PostgresSchema.ApplyAsync(connectionString, CancellationToken.None)));

        Assert.Single(runs, lines => lines.Contains("created table orleansstorage"));
        Assert.Equal(2, runs.Count(lines => lines.Contains("table orleansstorage already present")));
    }
}
