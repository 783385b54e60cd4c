using System.Text.Json;
using BatteryOs.Contracts;
using BatteryOs.Hosting.Cluster;
using BatteryOs.Hosting.Postgres;
using BatteryOs.Testing;
using Microsoft.Extensions.Logging;

namespace BatteryOs.Cli.Tests.Cluster;

/// <summary>
/// Faults against real silo processes on a real PostgreSQL: a run survives a SIGKILLed silo and a
/// database restart with exactly the end state of an undisturbed run.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterFaultTests(PostgresServer postgres) : IDisposable
{
    private const int Packs = 240;
    // Long enough (about five seconds of simulation here) that a fault injected as simulating begins lands
    // while packs are still writing checkpoints.
    private const long Cycles = 40_000;
    private const ulong Seed = 77;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_run_survives_a_killed_silo_with_nothing_lost_and_nothing_counted_twice()
    {
        var database = await FreshDatabaseAsync("kill_silo");
        var silos = await StartSilosAsync(database, 3);
        try
        {
            var progress = new SignalWriter("Simulating");
            var run = Simulate(database, progress);
            await UntilSimulatingAsync(run, progress);
            await silos[1].KillAsync();

            var report = await FinishAsync(run, progress);
            Assert.True(report.GetProperty("retriedCalls").GetInt64() > 0, "killing a silo should fail some calls");
        }
        finally
        {
            await StopAllAsync(silos);
        }

        await AssertEveryPackMatchesAnUndisturbedRunAsync(database);
    }

    [Fact]
    public async Task A_run_survives_a_database_restart_with_the_same_end_state()
    {
        var database = await FreshDatabaseAsync("restart_db");
        var silos = await StartSilosAsync(database, 2);
        try
        {
            var progress = new SignalWriter("Simulating");
            var run = Simulate(database, progress);
            await UntilSimulatingAsync(run, progress);
            await postgres.StopAsync();
            await postgres.StartAsync();

            var report = await FinishAsync(run, progress);
            Assert.True(report.GetProperty("retriedCalls").GetInt64() > 0, "the restart should fail some writes");
        }
        finally
        {
            await StopAllAsync(silos);
        }

        await AssertEveryPackMatchesAnUndisturbedRunAsync(database);
    }

    private async Task<string> FreshDatabaseAsync(string name)
    {
        var connectionString = await postgres.CreateDatabaseAsync(name);
        await PostgresSchema.ApplyAsync(connectionString, CancellationToken.None);
        return connectionString;
    }

    private static async Task<SiloProcess[]> StartSilosAsync(string database, int count)
    {
        var silos = new SiloProcess[count];
        for (var i = 0; i < count; i++)
        {
            silos[i] = await SiloProcess.StartAsync(database);
        }

        return silos;
    }

    private Task<CliRun> Simulate(string database, TextWriter output) => Task.Run(async () =>
    {
        var error = new StringWriter();
        var code = await BatteryOsCli.RunAsync(["simulate", "--connect", "postgres", "--postgres", database,
            "--packs", $"{Packs}", "--cycles", $"{Cycles}", "--seed", $"{Seed}", "--model", "seed",
            "--checkpoint-every", "1000",
            "--report", _dir.File("report.json")], output, error);
        return new CliRun(code, output.ToString()!, error.ToString());
    });

    // The fault is injected once the timed phase has begun; a run that ends before that fails the test with
    // what it printed rather than leaving the test to wait out the timeout.
    private static async Task UntilSimulatingAsync(Task<CliRun> run, SignalWriter progress)
    {
        Task first;
        try
        {
            first = await Task.WhenAny(progress.Seen, run).WaitAsync(TimeSpan.FromMinutes(3));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"simulate did not begin simulating within three minutes:\n{progress}");
        }

        if (first == run)
        {
            var result = await run;
            Assert.Fail($"simulate ended (exit code {result.ExitCode}) before simulating: {result.Error}\n{progress}");
        }
    }

    private async Task<JsonElement> FinishAsync(Task<CliRun> run, SignalWriter progress)
    {
        var result = await run.WaitAsync(TimeSpan.FromMinutes(5));
        Assert.True(result.ExitCode == 0, $"simulate failed: {result.Error}\n{progress}");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(_dir.File("report.json")));
        return json.RootElement.Clone();
    }

    // Every silo is stopped (and killed if it will not stop) before any exit code is judged, so a failed stop
    // leaves no silo running into the next test.
    private static async Task StopAllAsync(IEnumerable<SiloProcess> silos)
    {
        var failures = new List<string>();
        foreach (var silo in silos.Where(s => s.IsRunning))
        {
            try
            {
                var code = await silo.TerminateAsync();
                if (code != 0)
                {
                    failures.Add($"a silo exited with code {code} on SIGTERM:\n{silo.Output}");
                }
            }
            catch (TimeoutException)
            {
                failures.Add($"a silo did not stop within two minutes of SIGTERM:\n{silo.Output}");
            }
            finally
            {
                await silo.DisposeAsync();
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>Reads every pack back through a fresh silo, so what is checked is what was persisted.</summary>
    private static async Task AssertEveryPackMatchesAnUndisturbedRunAsync(string database)
    {
        var expected = ReferenceFleet.Of(Packs, Cycles, Seed, "seed");
        await using var silo = await SiloProcess.StartAsync(database);
        await using var client = await ClusterClient.ConnectAsync(database, LogLevel.Warning, CancellationToken.None);
        for (var id = 0; id < Packs; id++)
        {
            var pack = await client.Client.GetGrain<IPackGrain>(id).GetSummary();
            Assert.Equal(Cycles, pack.Cycle);
            Assert.Equal(Cycles, pack.CheckpointCycle);
            Assert.Equal(expected[id].Condition.SeiNm, pack.SeiNm);
            Assert.Equal(expected[id].Condition.SohPct, pack.SohPct);
            Assert.Equal(expected[id].SmoothedSohPct, pack.SohSmoothedPct);
            Assert.Equal(expected[id].RoutingCounts, pack.RoutingCounts);
        }

        // The command a user would type shows the same.
        var shown = await CliRun.Of("pack", "show", "7", "--json", "--connect", "postgres", "--postgres", database);
        Assert.True(shown.ExitCode == 0, shown.Error);
        using var json = JsonDocument.Parse(shown.Output);
        Assert.Equal(expected[7].Condition.SeiNm, json.RootElement.GetProperty("seiNm").GetDouble());
    }
}
