using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Hosting.Cluster;
using BatteryOs.Hosting.Postgres;
using BatteryOs.Testing;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BatteryOs.Cli.Tests.Cluster;

/// <summary>A silo's start and stop as a user sees them: clear failures, and a clean stop that checkpoints.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SiloLifecycleTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_terminated_silo_checkpoints_every_changed_pack()
    {
        var (database, silo) = await SiloWithAnUncheckpointedPackAsync("sigterm");
        await using (silo)
        {
            Assert.Equal(0, await silo.TerminateAsync());
            Assert.Contains("every pack was checkpointed", silo.Output);
        }

        await AssertThePackWasStoredAsync(database);
    }

    [Fact]
    public async Task A_terminated_silo_waits_for_a_slow_final_checkpoint_instead_of_exiting_without_it()
    {
        var (database, silo) = await SiloWithAnUncheckpointedPackAsync("slow_stop");
        await using (silo)
        {
            // The database holds every grain-state write back while the silo stops, for longer than the two
            // seconds a command-line library gives an action after SIGTERM by default before it ends the process.
            await using var blocker = new NpgsqlConnection(database);
            await blocker.OpenAsync();
            await using var hold = await blocker.BeginTransactionAsync();
            await using (var lockTable = new NpgsqlCommand("LOCK TABLE OrleansStorage IN EXCLUSIVE MODE", blocker,
                             hold))
            {
                await lockTable.ExecuteNonQueryAsync();
            }

            var stopped = silo.TerminateAsync();
            await silo.PrintedAsync("Stopping Orleans Silo").WaitAsync(TimeSpan.FromMinutes(1));
            await Task.Delay(TimeSpan.FromSeconds(4)); // how long the database stalls, not a synchronisation
            Assert.False(stopped.IsCompleted, $"the silo ended while its final checkpoint was waiting:\n{silo.Output}");
            await hold.CommitAsync();

            Assert.Equal(0, await stopped);
        }

        await AssertThePackWasStoredAsync(database);
    }

    // A silo on a fresh database whose pack 3 has run 500 cycles, below the silo's checkpoint interval: only the
    // stop can persist them.
    private async Task<(string Database, SiloProcess Silo)> SiloWithAnUncheckpointedPackAsync(string name)
    {
        var database = await postgres.CreateDatabaseAsync(name);
        await PostgresSchema.ApplyAsync(database, CancellationToken.None);
        var silo = await SiloProcess.StartAsync(database);
        await using var client = await ClusterClient.ConnectAsync(database, LogLevel.Warning, default);
        var before = await client.Client.GetGrain<IPackGrain>(3).AdvanceTo(500, new SyntheticRun("seed", 5));
        Assert.Equal(0, before.CheckpointCycle);
        return (database, silo);
    }

    // Reads pack 3 back through a fresh silo: what is checked is what the stop persisted.
    private static async Task AssertThePackWasStoredAsync(string database)
    {
        await using var next = await SiloProcess.StartAsync(database);
        await using var reader = await ClusterClient.ConnectAsync(database, LogLevel.Warning, default);
        var after = await reader.Client.GetGrain<IPackGrain>(3).GetSummary();
        Assert.Equal(500, after.Cycle);
        Assert.Equal(ReferenceFleet.Of(4, 500, 5, "seed")[3].Condition.SeiNm, after.SeiNm);
    }

    [Fact]
    public async Task A_silo_on_an_uninitialised_database_says_so_and_exits()
    {
        var database = await postgres.CreateDatabaseAsync("uninitialised");

        var run = await RunSiloAsync(database);

        AssertOneErrorLine(run, "not initialised", "batteryos db init");
    }

    [Fact]
    public async Task A_silo_on_a_schema_older_than_its_build_asks_for_db_init_and_exits()
    {
        var database = await postgres.CreateDatabaseAsync("outdated");
        await PostgresSchema.ApplyAsync(database, CancellationToken.None);
        await using (var source = Npgsql.NpgsqlDataSource.Create(database))
        await using (var drop = source.CreateCommand(
            "DELETE FROM OrleansQuery WHERE QueryKey = 'WriteManyToStorageKey'"))
        {
            Assert.Equal(1, await drop.ExecuteNonQueryAsync());
        }

        var run = await RunSiloAsync(database);

        AssertOneErrorLine(run, "WriteManyToStorageKey", "batteryos db init");
    }

    [Fact]
    public async Task A_silo_with_unknown_credentials_says_so_without_the_password()
    {
        var database = await postgres.CreateDatabaseAsync("badcredentials");
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(database)
        {
            Username = "nobody_here",
            Password = "not-the-secret-42",
        };

        var run = await RunSiloAsync(builder.ConnectionString);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("refused the credentials", run.Error);
        AssertNoStackTrace(run);
        Assert.DoesNotContain("not-the-secret-42", run.Error + run.Output);
    }

    [Fact]
    public async Task A_silo_with_an_unreachable_server_names_it()
    {
        var port = Hosting.FreePorts.Take(1)[0];
        var unreachable = $"Host=127.0.0.1;Port={port};Username=postgres;Password=s3cret-pw;Database=batteryos";

        var run = await RunSiloAsync(unreachable);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"127.0.0.1:{port}/batteryos", run.Error);
        AssertNoStackTrace(run);
        Assert.DoesNotContain("s3cret-pw", run.Error + run.Output);
    }

    // Log lines are one line each with the exception types only; the process ends with its one error line.
    // The silo exits 1 with exactly one error line, naming every expected part, and no stack trace.
    private static void AssertOneErrorLine(FailedSilo run, params string[] expected)
    {
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.All(expected, part => Assert.Contains(part, line));
        AssertNoStackTrace(run);
    }

    private static void AssertNoStackTrace(FailedSilo run)
    {
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.StartsWith("error: ", lines[^1], StringComparison.Ordinal);
    }

    private static async Task<FailedSilo> RunSiloAsync(string postgres)
    {
        var (code, output) = await SiloProcess.RunUntilExitAsync(postgres);
        return new FailedSilo(code, output);
    }

    private sealed record FailedSilo(int ExitCode, string Error)
    {
        public string Output => "";
    }
}
