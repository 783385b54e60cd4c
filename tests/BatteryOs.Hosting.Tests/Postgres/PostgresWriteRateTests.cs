using System.Diagnostics;
using BatteryOs.Contracts.State;
using BatteryOs.Grains;
using BatteryOs.Hosting.Postgres;
using BatteryOs.Model.Telemetry;
using BatteryOs.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Xunit.Abstractions;

namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>
/// Many packs checkpointing at once through the packs' storage as a silo builds it (batched writes on the
/// PostgreSQL queries): every pack's first write, then every pack's second. Reports the rates; asserts only the
/// outcome, since timing depends on the machine.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresWriteRateTests(PostgresServer server, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Packs = 20_000;
    private const int WritesInFlight = 128;
    private const string StateName = "pack";

    private PostgresTestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await PostgresTestDatabase.CreateAsync(server, "write_rate");

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task EveryPackReachesVersionTwo()
    {
        await using var cluster = await PostgresTestClusters.StartAsync(_db.ConnectionString, "write-rate", silos: 1);
        var storage = cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(StorageNames.Packs);
        var states = Enumerable.Range(0, Packs)
            .Select(i => (Id: GrainId.Create("pack", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                State: new GrainState<PackState>(TypicalState(i))))
            .ToArray();

        var writer = Assert.IsType<BatchingPostgresGrainStorage>(storage).Writer;

        var inserts = await WriteAllAsync(storage, states);
        var insertBatches = writer.Batches;
        var updates = await WriteAllAsync(storage, states);
        var updateBatches = writer.Batches - insertBatches;

        output.WriteLine($"{Packs} packs, {WritesInFlight} writes in flight: first writes {Packs / inserts:F0}/s " +
            $"in {insertBatches} statements, updates {Packs / updates:F0}/s in {updateBatches} statements");
        Assert.All(states, s => Assert.Equal("2", s.State.ETag));
        Assert.Equal([$"{Packs}"], await _db.StringsAsync("SELECT count(*) FROM OrleansStorage WHERE Version = 2"));
    }

    private static async Task<double> WriteAllAsync(IGrainStorage storage,
        (GrainId Id, GrainState<PackState> State)[] states)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(states, new ParallelOptions { MaxDegreeOfParallelism = WritesInFlight },
            async (pack, _) => await storage.WriteStateAsync(StateName, pack.Id, pack.State));
        return clock.Elapsed.TotalSeconds;
    }

    // The size and shape of a real checkpoint: eight frames of smoothing window and five experts' counts.
    private static PackState TypicalState(int pack) => new()
    {
        Model = "seed",
        Cycle = 1000 + pack,
        SeiNm = 12.5 + pack * 1e-6,
        SohPct = 97.25,
        MixtureRisk = 0.125,
        RecentFrames = [.. Enumerable.Range(0, 8).Select(i => new TelemetryFrame(25 + i, 1.5 * i, 0.01 * i))],
        RecentSohPct = [.. Enumerable.Range(0, 8).Select(i => 97.25 + i * 0.001)],
        RoutingCounts = [10, 20, 30, 40, 50],
    };
}
