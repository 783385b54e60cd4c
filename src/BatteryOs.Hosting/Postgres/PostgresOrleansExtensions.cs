using BatteryOs.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace BatteryOs.Hosting.Postgres;

/// <summary>
/// Runs silos and clients as one cluster on PostgreSQL through Orleans' ADO.NET providers: membership, grain
/// state and reminders. The database needs the BatteryOs schema first (<see cref="PostgresSchema.ApplyAsync"/>,
/// or <c>batteryos db init</c>).
/// </summary>
public static class PostgresOrleansExtensions
{
    /// <summary>The ADO.NET invariant Orleans maps to Npgsql.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    /// <summary>Orleans' ADO.NET provider behind the batching storage registered as the packs' storage.</summary>
    public const string AdoNetStorageName = StorageNames.Packs + "-adonet";

    private const string StorageSourceKey = "batteryos-postgres-storage";
    private const string ClusterSourceKey = "batteryos-postgres-cluster";

    /// <summary>
    /// Makes the silo a member of the cluster kept in PostgreSQL (ADO.NET clustering), keeps grain storage
    /// <see cref="StorageNames.Packs"/> there with Orleans' binary serializer, and keeps reminders there.
    /// Grain state is read and cleared by Orleans' ADO.NET provider and written in batches of concurrent writes
    /// (<see cref="BatchingPostgresGrainStorage"/>) on the same rows.
    /// The cluster and service ids come from <see cref="ClusterOptions"/>, which the caller sets.
    /// </summary>
    /// <param name="silo">The silo to configure.</param>
    /// <param name="connectionString">An Npgsql connection string; it is never logged.</param>
    /// <exception cref="ArgumentException">The connection string is malformed.</exception>
    public static ISiloBuilder UseBatteryOsPostgres(this ISiloBuilder silo, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(silo);
        PostgresEndpoint.Parse(connectionString);

        // Owned by the container, which closes their pooled connections when the silo is disposed.
        silo.Services.AddKeyedSingleton(ClusterSourceKey, (_, _) => PostgresDataSources.ForCluster(connectionString));
        silo.Services.AddKeyedSingleton(StorageSourceKey, (_, _) => PostgresDataSources.ForStorage(connectionString));

        silo.UseAdoNetClustering((OptionsBuilder<AdoNetClusteringSiloOptions> options) =>
            options.Configure<IServiceProvider>((o, services) =>
            {
                o.Invariant = NpgsqlInvariant;
                o.DataSource = services.GetRequiredKeyedService<NpgsqlDataSource>(ClusterSourceKey);
            }));
        silo.AddAdoNetGrainStorage(AdoNetStorageName, (OptionsBuilder<AdoNetGrainStorageOptions> options) =>
            options.Configure<IServiceProvider>((o, services) =>
            {
                o.Invariant = NpgsqlInvariant;
                o.DataSource = services.GetRequiredKeyedService<NpgsqlDataSource>(StorageSourceKey);
                o.GrainStorageSerializer = new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>());
            }));
        silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Packs, (services, _) =>
        {
            var serviceId = services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId;
            return new BatchingPostgresGrainStorage(
                AdoNetStorageName,
                services.GetRequiredKeyedService<IGrainStorage>(AdoNetStorageName),
                services.GetRequiredService<IOptionsMonitor<AdoNetGrainStorageOptions>>().Get(AdoNetStorageName),
                serviceId,
                new PostgresWriteBatcher(services.GetRequiredKeyedService<NpgsqlDataSource>(StorageSourceKey),
                    serviceId, services.GetRequiredService<ILogger<PostgresWriteBatcher>>()));
        });
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services =>
            (BatchingPostgresGrainStorage)services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Packs));
        silo.UseAdoNetReminderService((OptionsBuilder<AdoNetReminderTableOptions> options) =>
            options.Configure<IServiceProvider>((o, services) =>
            {
                o.Invariant = NpgsqlInvariant;
                o.DataSource = services.GetRequiredKeyedService<NpgsqlDataSource>(ClusterSourceKey);
            }));
        return silo;
    }

    /// <summary>
    /// Lets a client find the cluster's gateways in the PostgreSQL membership table: the active silos with a
    /// gateway port. The cluster id comes from <see cref="ClusterOptions"/>, which the caller sets.
    /// </summary>
    /// <param name="client">The client to configure.</param>
    /// <param name="connectionString">An Npgsql connection string; it is never logged.</param>
    /// <exception cref="ArgumentException">The connection string is malformed.</exception>
    public static IClientBuilder UseBatteryOsPostgres(this IClientBuilder client, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(client);
        PostgresEndpoint.Parse(connectionString);
        client.Services.AddKeyedSingleton(ClusterSourceKey, (_, _) => PostgresDataSources.ForCluster(connectionString));
        client.UseAdoNetClustering((OptionsBuilder<AdoNetClusteringClientOptions> options) =>
            options.Configure<IServiceProvider>((o, services) =>
            {
                o.Invariant = NpgsqlInvariant;
                o.DataSource = services.GetRequiredKeyedService<NpgsqlDataSource>(ClusterSourceKey);
            }));
        return client;
    }
}
