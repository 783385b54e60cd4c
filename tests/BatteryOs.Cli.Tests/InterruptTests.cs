using System.Text.Json;

namespace BatteryOs.Cli.Tests;

/// <summary>
/// Real <c>batteryos</c> processes stopped mid-run. The signal is SIGTERM (a <c>kill</c>, a container stop),
/// which the commands handle as they do Ctrl+C's SIGINT; SIGINT itself is not used because a process started in
/// the background of a shell without job control inherits it ignored.
/// </summary>
public sealed class InterruptTests : IDisposable
{
    private const string Packs = "500";
    private const long Cycles = 60_000; // about five seconds of simulation here: the signal lands well inside it
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>simulate stops, says so, keeps what it simulated, and running again finishes the fleet exactly
    /// as an undisturbed run would have.</summary>
    [Fact]
    public async Task An_interrupted_run_resumed_ends_where_an_undisturbed_run_ends()
    {
        var store = _dir.File("interrupted.db");
        await StopOnceItPrintsAsync("Simulating", "simulate", "--packs", Packs, "--cycles", $"{Cycles}", "--store",
            store);

        // One more cycle takes every pack, whichever cycle it stopped at, to the interrupted run's target plus one.
        var resumed = await Simulate(store, 1, "resumed.json");
        Assert.Equal(2, resumed.GetProperty("run").GetInt32());
        Assert.Equal(Cycles, resumed.GetProperty("startCycle").GetInt64());

        var undisturbed = await Simulate(_dir.File("undisturbed.db"), Cycles + 1, "undisturbed.json");
        Assert.Equal(Cycles + 1, resumed.GetProperty("targetCycle").GetInt64());
        foreach (var figure in (string[])["soh", "seiNm", "sohSmoothedMean", "routing", "experts", "endOfLife"])
        {
            Assert.Equal(undisturbed.GetProperty(figure).GetRawText(), resumed.GetProperty(figure).GetRawText());
        }
    }

    /// <summary>train-router stops between epochs rather than training on to the end, and writes no router.
    /// </summary>
    [Fact]
    public async Task An_interrupted_training_stops_between_epochs_and_writes_no_router()
    {
        var router = _dir.File("router.json");
        // A million epochs take hours here; the stop must come from the signal, not from the end of training.
        await StopOnceItPrintsAsync("Training", "train-router", "--data", NasaData.Directory, "--out", router,
            "--epochs", "1000000");

        Assert.False(File.Exists(router));
    }

    /// <summary>bench stops without a failure logged: its packs' memory store ends with the process, and a
    /// write at shutdown would fail against the store's own grains as they shut down too.</summary>
    [Fact]
    public async Task An_interrupted_bench_stops_without_a_failure_logged()
    {
        // About 40 s of simulation here: the signal lands while every pack has unwritten state.
        var output = await StopOnceItPrintsAsync("Simulating", "bench", "--packs", "20000", "--cycles", "20000");

        Assert.DoesNotContain(" fail ", output);
    }

    // Runs a command as a process, sends SIGTERM once it has printed `printed`, and checks that it stopped as
    // cancelled within a minute; returns everything it printed.
    private static async Task<string> StopOnceItPrintsAsync(string printed, params string[] args)
    {
        await using var run = CliProcess.Start(args);
        await run.PrintedAsync(printed).WaitAsync(TimeSpan.FromMinutes(2));
        await run.SignalAsync("TERM");

        Assert.Equal(ExitCodes.Failed, await run.ExitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains("error: cancelled", run.Output);
        return run.Output;
    }

    private async Task<JsonElement> Simulate(string store, long cycles, string report)
    {
        var run = await CliRun.Of("simulate", "--packs", Packs, "--cycles", $"{cycles}", "--store", store,
            "--report", _dir.File(report));
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(_dir.File(report)));
        return json.RootElement.Clone();
    }
}
