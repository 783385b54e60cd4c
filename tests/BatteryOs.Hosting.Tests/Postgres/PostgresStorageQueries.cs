using System.Data;
using Npgsql;

namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>
/// Runs the stored grain storage queries the way Orleans' ADO.NET provider does: query text from
/// OrleansQuery, parameters named without prefix and typed as Orleans types them, every row read.
/// </summary>
public sealed class PostgresStorageQueries(NpgsqlDataSource dataSource)
{
    /// <summary>Runs WriteToStorageKey; returns the single NewGrainStateVersion (null on conflict).</summary>
    public async Task<int?> WriteAsync(PostgresStorageKey key, int? version, byte[] payload,
        NpgsqlConnection? connection = null) =>
        Assert.Single(await RunAsync("WriteToStorageKey", key, version, payload, connection));

    /// <summary>Runs ClearStorageKey; returns the single new version (null on conflict).</summary>
    public async Task<int?> ClearAsync(PostgresStorageKey key, int? version) =>
        Assert.Single(await RunAsync("ClearStorageKey", key, version));

    /// <summary>Runs DeleteStorageKey; returns the first column of every row.</summary>
    public Task<List<int?>> DeleteAsync(PostgresStorageKey key, int? version) =>
        RunAsync("DeleteStorageKey", key, version);

    /// <summary>Runs ReadFromStorageKey; null when the grain has no row.</summary>
    public async Task<PostgresStoredRow?> ReadAsync(PostgresStorageKey key)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = await CommandAsync(connection, "ReadFromStorageKey", key);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        var row = new PostgresStoredRow(reader.IsDBNull(0) ? null : (byte[])reader.GetValue(0), reader.GetInt32(1));
        Assert.False(await reader.ReadAsync());
        return row;
    }

    private async Task<List<int?>> RunAsync(string queryKey, PostgresStorageKey key, int? version,
        byte[]? payload = null, NpgsqlConnection? connection = null)
    {
        var owned = connection is null ? await dataSource.OpenConnectionAsync() : null;
        try
        {
            await using var command = await CommandAsync(connection ?? owned!, queryKey, key);
            Add(command, "GrainStateVersion", version, DbType.Int32);
            if (payload is not null)
            {
                Add(command, "PayloadBinary", payload, DbType.Binary);
            }

            var firstColumn = new List<int?>();
            await using var reader = await command.ExecuteReaderAsync();
            do
            {
                while (await reader.ReadAsync())
                {
                    firstColumn.Add(reader.IsDBNull(0) ? null : Convert.ToInt32(reader.GetValue(0)));
                }
            }
            while (await reader.NextResultAsync());
            return firstColumn;
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    private static async Task<NpgsqlCommand> CommandAsync(NpgsqlConnection connection, string queryKey,
        PostgresStorageKey key)
    {
        var command = new NpgsqlCommand(await QueryTextAsync(connection, queryKey), connection);
        Add(command, "GrainIdHash", key.GrainIdHash, DbType.Int32);
        Add(command, "GrainIdN0", 0L, DbType.Int64);
        Add(command, "GrainIdN1", key.GrainIdN1, DbType.Int64);
        Add(command, "GrainTypeHash", PostgresStorageKey.GrainTypeHash, DbType.Int32);
        Add(command, "GrainTypeString", PostgresStorageKey.GrainType, DbType.String);
        Add(command, "GrainIdExtensionString", key.Extension, DbType.String);
        Add(command, "ServiceId", PostgresStorageKey.ServiceId, DbType.String);
        return command;
    }

    private static void Add(NpgsqlCommand command, string name, object? value, DbType type) =>
        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });

    private static async Task<string> QueryTextAsync(NpgsqlConnection connection, string queryKey)
    {
        await using var command = new NpgsqlCommand("SELECT QueryText FROM OrleansQuery WHERE QueryKey = @Key",
            connection);
        command.Parameters.AddWithValue("Key", queryKey);
        return (string?)await command.ExecuteScalarAsync()
            ?? throw new InvalidOperationException($"No query {queryKey}.");
    }
}
