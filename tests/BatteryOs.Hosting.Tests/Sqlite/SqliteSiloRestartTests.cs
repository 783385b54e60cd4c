using BatteryOs.Contracts;
using BatteryOs.Contracts.State;
using BatteryOs.Contracts.Wire;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace BatteryOs.Hosting.Tests.Sqlite;

/// <summary>Pack state kept by real silos in a SQLite file, across a full cluster restart.</summary>
public sealed class SqliteSiloRestartTests : IDisposable
{
    private const long PackId = 7;
    private static readonly SyntheticRun Run = new("seed", 42UL);

    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task PackResumesAfterRestartExactlyAsAnUndisturbedRun()
    {
        PackSummary beforeStop;
        await using (var first = await TestClusters.StartSqliteAsync(_file.Path))
        {
            var pack = first.GrainFactory.GetGrain<IPackGrain>(PackId);
            beforeStop = await pack.AdvanceTo(500, Run);
            await pack.Checkpoint();
            await first.StopAllSilosAsync();
        }

        PackSummary restored;
        PackSummary resumed;
        await using (var second = await TestClusters.StartSqliteAsync(_file.Path))
        {
            var pack = second.GrainFactory.GetGrain<IPackGrain>(PackId);
            restored = await pack.GetSummary();
            resumed = await pack.AdvanceTo(800, Run);
        }

        PackSummary undisturbed;
        await using (var reference = await TestClusters.StartMemoryAsync())
        {
            undisturbed = await reference.GrainFactory.GetGrain<IPackGrain>(PackId).AdvanceTo(800, Run);
        }

        Assert.Equal(500, restored.Cycle);
        Assert.Equal(500, restored.CheckpointCycle);
        Assert.Equal(beforeStop.SeiNm, restored.SeiNm);
        Assert.Equal(beforeStop.SohPct, restored.SohPct);
        Assert.Equal(800, resumed.Cycle);
        Assert.Equal(undisturbed.SeiNm, resumed.SeiNm);
        Assert.Equal(undisturbed.SohPct, resumed.SohPct);
        Assert.Equal(undisturbed.SohSmoothedPct, resumed.SohSmoothedPct);
        Assert.Equal(undisturbed.MixtureRisk, resumed.MixtureRisk);
        Assert.Equal(undisturbed.RoutingCounts, resumed.RoutingCounts);
    }

    [Fact]
    public async Task CheckpointIsStoredAsOrleansBinaryNotJson()
    {
        await using var cluster = await TestClusters.StartSqliteAsync(_file.Path);
        var pack = cluster.GrainFactory.GetGrain<IPackGrain>(PackId);
        var summary = await pack.AdvanceTo(300, Run);
        await pack.Checkpoint();

        var (payload, version) = StoredPack();
        var state = cluster.Client.ServiceProvider.GetRequiredService<Serializer>().Deserialize<PackState>(payload);

        Assert.Equal(1, version);
        Assert.NotEqual((byte)'{', payload[0]);
        Assert.NotNull(state);
        Assert.Equal("seed", state.Model);
        Assert.Equal(300, state.Cycle);
        Assert.Equal(summary.SeiNm, state.SeiNm);
    }

    private (byte[] Payload, long Version) StoredPack()
    {
        using var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT PayloadBinary, Version FROM OrleansStorage "
            + "WHERE GrainIdN1 = @PackId AND ServiceId = @ServiceId";
        command.Parameters.AddWithValue("PackId", PackId);
        command.Parameters.AddWithValue("ServiceId", TestClusters.ServiceId);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var row = ((byte[])reader.GetValue(0), reader.GetInt64(1));
        Assert.False(reader.Read());
        return row;
    }
}
