using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace BatteryOs.Hosting.Sqlite;

/// <summary>Keeps grain state in an embedded SQLite file through Orleans' ADO.NET grain storage.</summary>
public static class SqliteStorageExtensions
{
    /// <summary>The ADO.NET invariant Orleans maps to Microsoft.Data.Sqlite.</summary>
    public const string SqliteInvariant = "System.Data.SQLite";

    /// <summary>
    /// Creates or updates the schema of <paramref name="databasePath"/> now, then registers grain storage
    /// <paramref name="name"/> on it: tuned pooled connections and Orleans' binary serializer for state.
    /// </summary>
    /// <param name="silo">The silo to configure.</param>
    /// <param name="name">The storage provider name grains ask for.</param>
    /// <param name="databasePath">Path of the SQLite database file (created if missing).</param>
    public static ISiloBuilder AddBatteryOsSqliteStorage(this ISiloBuilder silo, string name, string databasePath)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        SqliteSchema.EnsureCreated(databasePath);

        // Owned by the container, which closes the file's pooled connections when the silo is disposed.
        silo.Services.AddKeyedSingleton(name, (_, _) => new TunedSqliteDataSource(databasePath));

        silo.AddAdoNetGrainStorage(name, (OptionsBuilder<AdoNetGrainStorageOptions> options) =>
            options.Configure<IServiceProvider>((o, services) =>
            {
                o.Invariant = SqliteInvariant;
                o.DataSource = services.GetRequiredKeyedService<TunedSqliteDataSource>(name);
                var serializer = services.GetRequiredService<Serializer>();
                o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }));
        return silo;
    }
}
