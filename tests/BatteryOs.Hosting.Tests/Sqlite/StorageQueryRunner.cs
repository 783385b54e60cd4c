using System.Data.Common;
using BatteryOs.Hosting.Sqlite;

namespace BatteryOs.Hosting.Tests.Sqlite;

/// <summary>
/// Runs the stored grain storage queries the way Orleans' ADO.NET provider does: query text from
/// OrleansQuery, parameters named without prefix, rows read across every result set.
/// </summary>
public sealed class StorageQueryRunner(TunedSqliteDataSource dataSource)
{
    /// <summary>Runs WriteToStorageKey; returns the single NewGrainStateVersion (null on conflict).</summary>
    public long? Write(StorageKey key, int? version, byte[] payload) =>
        Assert.Single(Run("WriteToStorageKey", key, version, payload));

    /// <summary>Runs ClearStorageKey; returns the single new version (null on conflict).</summary>
    public long? Clear(StorageKey key, int? version) => Assert.Single(Run("ClearStorageKey", key, version));

    /// <summary>Runs DeleteStorageKey; returns the first column of every row.</summary>
    public IReadOnlyList<long?> Delete(StorageKey key, int? version) => Run("DeleteStorageKey", key, version);

    /// <summary>Runs ReadFromStorageKey; null when the grain has no row.</summary>
    public StoredRow? Read(StorageKey key)
    {
        using var connection = dataSource.OpenConnection();
        using var command = Command(connection, "ReadFromStorageKey", key);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var payload = reader.IsDBNull(0) ? null : (byte[])reader.GetValue(0);
        return new StoredRow(payload, reader.GetInt64(1));
    }

    private List<long?> Run(string queryKey, StorageKey key, int? version, byte[]? payload = null)
    {
        using var connection = dataSource.OpenConnection();
        using var command = Command(connection, queryKey, key);
        command.Parameters.AddWithValue("GrainStateVersion", version is null ? DBNull.Value : version.Value);
        if (payload is not null)
        {
            command.Parameters.AddWithValue("PayloadBinary", payload);
        }

        var firstColumn = new List<long?>();
        using var reader = command.ExecuteReader();
        do
        {
            while (reader.Read())
            {
                firstColumn.Add(reader.IsDBNull(0) ? null : reader.GetInt64(0));
            }
        }
        while (reader.NextResult());
        return firstColumn;
    }

    private static Microsoft.Data.Sqlite.SqliteCommand Command(
        TunedSqliteConnection connection, string queryKey, StorageKey key)
    {
        var command = connection.CreateCommand();
        command.CommandText = QueryText(connection, queryKey);
        command.Parameters.AddWithValue("GrainIdHash", key.GrainIdHash);
        command.Parameters.AddWithValue("GrainIdN0", 0L);
        command.Parameters.AddWithValue("GrainIdN1", key.GrainIdN1);
        command.Parameters.AddWithValue("GrainTypeHash", StorageKey.GrainTypeHash);
        command.Parameters.AddWithValue("GrainTypeString", StorageKey.GrainType);
        command.Parameters.AddWithValue("GrainIdExtensionString", (object?)key.Extension ?? DBNull.Value);
        command.Parameters.AddWithValue("ServiceId", StorageKey.ServiceId);
        return command;
    }

    private static string QueryText(DbConnection connection, string queryKey)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT QueryText FROM OrleansQuery WHERE QueryKey = @QueryKey";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "QueryKey";
        parameter.Value = queryKey;
        command.Parameters.Add(parameter);
        return (string?)command.ExecuteScalar() ?? throw new InvalidOperationException($"No query {queryKey}.");
    }
}
