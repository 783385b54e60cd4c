using BatteryOs.Contracts;
using BatteryOs.Contracts.State;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;

namespace BatteryOs.Grains.Tests;

/// <summary>Reads a pack's checkpoint straight from the silo's grain storage, as serialized bytes.</summary>
internal static class StoredPack
{
    public static async Task<byte[]> BytesAsync(ClusterFixture fixture, long packId)
    {
        var services = Services(fixture);
        var storage = services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Packs);
        var state = new GrainState<PackState>(new PackState());
        var id = fixture.Grains.GetGrain<IPackGrain>(packId).GetGrainId();
        await storage.ReadStateAsync("pack", id, state);
        return Serializer(fixture).SerializeToArray(state.State);
    }

    public static byte[] Serialized<T>(ClusterFixture fixture, T value) => Serializer(fixture).SerializeToArray(value);

    public static T Deserialize<T>(ClusterFixture fixture, byte[] bytes) => Serializer(fixture).Deserialize<T>(bytes)!;

    private static Serializer Serializer(ClusterFixture fixture) => Services(fixture).GetRequiredService<Serializer>();

    private static IServiceProvider Services(ClusterFixture fixture) =>
        ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services;
}
