using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Testing;

namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>Real silos clustered through the PostgreSQL membership table, keeping pack state there.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresClusterTests(PostgresServer server) : IAsyncLifetime
{
    private const int Active = 3;
    private const int Dead = 6;
    private static readonly SyntheticRun Run = new("seed", 42UL);

    private PostgresTestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await PostgresTestDatabase.CreateAsync(server, "cluster");

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task TwoSilosRegisterAsActiveAndTheClientReachesThem()
    {
        const string ClusterId = "two-silos";
        await using var cluster = await PostgresTestClusters.StartAsync(_db.ConnectionString, ClusterId);

        var members = await _db.StringsAsync(
            $"SELECT Port || ':' || Status FROM OrleansMembershipTable WHERE DeploymentId = '{ClusterId}' " +
            "ORDER BY Port");
        var expected = cluster.Silos.Select(s => s.SiloAddress.Endpoint.Port).Order().Select(p => $"{p}:{Active}");
        var summary = await cluster.GrainFactory.GetGrain<IPackGrain>(3).AdvanceTo(10, Run);

        Assert.Equal(expected, members);
        Assert.Equal(10, summary.Cycle);

        // Each silo wrote itself twice, each write advancing the table version once: in as Joining, then Active.
        Assert.Equal(["4"], await _db.StringsAsync(
            $"SELECT Version FROM OrleansMembershipVersionTable WHERE DeploymentId = '{ClusterId}'"));
    }

    [Fact]
    public async Task CheckpointSurvivesAWholeClusterRestart()
    {
        const string ClusterId = "restart";
        const long PackId = 7;
        PackSummary beforeStop;
        await using (var first = await PostgresTestClusters.StartAsync(_db.ConnectionString, ClusterId))
        {
            var pack = first.GrainFactory.GetGrain<IPackGrain>(PackId);
            beforeStop = await pack.AdvanceTo(500, Run);
            await pack.Checkpoint();
            await first.StopAllSilosAsync();
        }

        var statusesAfterStop = await _db.StringsAsync(
            $"SELECT DISTINCT Status FROM OrleansMembershipTable WHERE DeploymentId = '{ClusterId}'");
        PackSummary restored;
        await using (var second = await PostgresTestClusters.StartAsync(_db.ConnectionString, ClusterId))
        {
            restored = await second.GrainFactory.GetGrain<IPackGrain>(PackId).GetSummary();
        }

        Assert.Equal([$"{Dead}"], statusesAfterStop);
        Assert.Equal(500, restored.Cycle);
        Assert.Equal(500, restored.CheckpointCycle);
        Assert.Equal(beforeStop.SeiNm, restored.SeiNm);
        Assert.Equal(beforeStop.SohPct, restored.SohPct);
        Assert.Equal(["1"], await _db.StringsAsync(
            $"SELECT Version FROM OrleansStorage WHERE GrainIdN1 = {PackId} AND ServiceId = " +
            $"'{PostgresTestClusters.ServiceId}'"));
    }
}
