using System.Globalization;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Storage;

namespace BatteryOs.Hosting.Postgres;

/// <summary>
/// Grain storage on PostgreSQL whose writes from concurrent grains share statements
/// (<see cref="PostgresWriteBatcher"/>), in front of Orleans' ADO.NET provider, which still reads and clears.
/// Both work on the same OrleansStorage rows with the same keys, versions and payloads, so either can read
/// what the other wrote, and a stale version fails a write with <see cref="InconsistentStateException"/> as
/// Orleans' own write does.
/// </summary>
internal sealed class BatchingPostgresGrainStorage(
    string innerName,
    IGrainStorage inner,
    AdoNetGrainStorageOptions options,
    string serviceId,
    PostgresWriteBatcher writer) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public PostgresWriteBatcher Writer => writer;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (!StoredGrainKey.StoresNameVerbatim(stateName))
        {
            await inner.WriteStateAsync(stateName, grainId, grainState);
            return;
        }

        var key = StoredGrainKey.Of(options.HashPicker, serviceId, innerName, stateName, grainId, grainState);
        var held = string.IsNullOrWhiteSpace(grainState.ETag)
            ? (int?)null
            : int.Parse(grainState.ETag, CultureInfo.InvariantCulture);
        var payload = options.GrainStorageSerializer.Serialize(grainState.State).ToArray();
        var version = await writer.WriteAsync(key, held, payload)
            ?? throw new InconsistentStateException(
                $"Version conflict (WriteState): ServiceId={serviceId} ProviderName={innerName} " +
                $"GrainType={stateName} GrainId={grainId} ETag={grainState.ETag}.");
        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    /// <summary>Reads the batch query when the silo starts, next to Orleans' provider reading its own.</summary>
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(BatchingPostgresGrainStorage), ServiceLifecycleStage.ApplicationServices,
            writer.LoadQueryAsync);
}
