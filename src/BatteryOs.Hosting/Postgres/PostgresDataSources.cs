using Npgsql;

namespace BatteryOs.Hosting.Postgres;

/// <summary>
/// Builds the pooled Npgsql data sources a silo or client uses, tuned for their kind of traffic. A setting the
/// connection string gives itself always wins over the tuned default.
/// </summary>
internal static class PostgresDataSources
{
    /// <summary>Server settings of grain-state sessions, unless the connection string sets Options itself.</summary>
    public const string StorageSessionOptions = "-c synchronous_commit=off";

    /// <summary>Connections grain-state traffic uses at most, unless the connection string says.</summary>
    public const int StoragePoolSize = 16;

    /// <summary>
    /// Connections for grain state: Orleans' reads and clears, and the batches of writes
    /// (<see cref="PostgresWriteBatcher"/>, a few at once), over at most <see cref="StoragePoolSize"/> pooled
    /// connections (a few backends, not one per pack call in flight).
    /// Auto-preparation lets each connection plan the storage queries once instead of on every write. A connection
    /// goes back to the pool without Npgsql's reset (seven statements sent before its next command, about half the
    /// server time of a write, measured): the storage queries leave no session state behind (no SET, temporary
    /// table, cursor, LISTEN or advisory lock), and the session options are startup parameters that outlive it.
    /// Npgsql's multiplexing (<c>Multiplexing=true</c> in the connection string) pipelined one-statement writes
    /// over fewer connections and raised their rate by about 40 %, but with Npgsql 10.0.3 a database restart left
    /// its commands hanging for good (measured: docs/benchmarks.md), so it is off; batching now does better.
    /// Commits do not wait for the WAL flush (synchronous_commit=off): a database crash may lose the last
    /// fraction of a second of checkpoints, never corrupt them, and a pack then resumes from its previous
    /// checkpoint (its next write fails the ETag check, so the grain reloads). Membership keeps full
    /// durability on its own connections. Give <c>Options=-c synchronous_commit=on</c> to keep it here too.
    /// </summary>
    public static NpgsqlDataSource ForStorage(string connectionString) =>
        Build(connectionString, "batteryos-storage", b =>
        {
            Default(b, "Maximum Pool Size", () => b.MaxPoolSize = StoragePoolSize);
            Default(b, "Max Auto Prepare", () => b.MaxAutoPrepare = 8);
            Default(b, "Auto Prepare Min Usages", () => b.AutoPrepareMinUsages = 2);
            Default(b, "Options", () => b.Options = StorageSessionOptions);
            Default(b, "No Reset On Close", () => b.NoResetOnClose = true);
        });

    /// <summary>
    /// Connections for membership and reminders, kept apart from grain state so that liveness reports never
    /// queue behind a burst of checkpoints (a late report gets a silo voted dead). Fully durable.
    /// </summary>
    public static NpgsqlDataSource ForCluster(string connectionString) =>
        Build(connectionString, "batteryos-cluster", b => Default(b, "Maximum Pool Size", () => b.MaxPoolSize = 8));

    private static NpgsqlDataSource Build(string connectionString, string applicationName,
        Action<NpgsqlConnectionStringBuilder> tune)
    {
        var builder = new NpgsqlDataSourceBuilder(PostgresEndpoint.Builder(connectionString).ConnectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= applicationName;
        tune(builder.ConnectionStringBuilder);
        return builder.Build();
    }

    // Keys lists only the settings the connection string gave, under Npgsql's canonical keyword (synonyms such as
    // MaxPoolSize come back as "Maximum Pool Size").
    private static void Default(NpgsqlConnectionStringBuilder builder, string keyword, Action apply)
    {
        if (!builder.Keys.Cast<string>().Contains(keyword, StringComparer.OrdinalIgnoreCase))
        {
            apply();
        }
    }
}
