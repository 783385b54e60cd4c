using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using BatteryOs.Cli.Connection;
using BatteryOs.Cli.Console;
using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Profiles;
using Spectre.Console;

namespace BatteryOs.Cli.Simulate;

/// <summary><c>batteryos simulate</c>: an embedded single-process fleet simulation.</summary>
internal static class SimulateCommand
{
    /// <summary>The default store file, in the working directory.</summary>
    public const string DefaultStore = "batteryos.db";

    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var packs = CommonOptions.AtLeast("--packs", 1, "Number of packs in the fleet (ids 0..N-1).");
        var cycles = CommonOptions.AtLeast("--cycles", 1L, "Cycles to add to every pack in this run.");
        var seed = new Option<ulong>("--seed")
        {
            Description = "Run seed for synthetic telemetry.",
            DefaultValueFactory = _ => 1,
        };
        var model = new ModelOptions();
        var routing = new RoutingCliOptions();
        var connection = new ConnectionOptions(DefaultStore);
        var report = new Option<string?>("--report") { Description = "Write a JSON report to this file." };
        var inFlight = CommonOptions.AtLeast("--in-flight", 1, "Pack calls in flight at once.", 64);
        var checkpointEvery = CommonOptions.AtLeast("--checkpoint-every", 1L,
            "Checkpoint a pack after this many cycles (every pack is also checkpointed at the end).", 10_000L);
        var smoothing = CommonOptions.AtLeast("--smoothing-window", 1,
            "Cycles of raw SoH the smoothed SoH averages (embedded silo; a cluster sets Packs:SmoothingWindowCycles).",
            8);
        var command = new Command("simulate", "Simulate a fleet: in this process, or on a running cluster.")
        {
            packs, cycles, seed, report, inFlight, checkpointEvery, smoothing,
        };
        model.AddTo(command);
        routing.AddTo(command);
        connection.AddTo(command);
        command.SetAction((result, token) => RunAsync(new SimulationSettings(
            result.GetValue(packs), result.GetValue(cycles), result.GetValue(seed), model.Read(result),
            connection.Read(result, CliConfiguration.Load(), result.GetValue(checkpointEvery),
                CommonOptions.ExplicitValue(result, smoothing), routing),
            result.GetValue(report), result.GetValue(inFlight)),
            output, token));
        return command;
    }

    private static async Task<int> RunAsync(SimulationSettings settings, TextWriter output, CancellationToken token)
    {
        OutputFile.CheckReport(settings.ReportPath);
        var command = Stopwatch.StartNew();
        var console = CliConsole.Create(output);
        await using var connection = await FleetConnection.OpenAsync(settings.Connection, token);
        var driver = new FleetDriver(connection.Grains, settings.CallsInFlight);
        var fleet = connection.Grains.GetGrain<IFleetGrain>("default");
        var runId = Guid.NewGuid();
        var fleetRun = await driver.Retry(() => fleet.BeginRun(settings.Packs, settings.Cycles, settings.Model, runId),
            token);
        var run = new SyntheticRun(settings.Model, settings.Seed);

        // Loading reads every pack's checkpoint (activating it) before the clock for simulation starts.
        var loading = Stopwatch.StartNew();
        await PhaseProgress.RunAsync(console, "Loading", settings.Packs,
            p => driver.LoadAll(settings.Packs, p, token));
        loading.Stop();

        var simulating = Stopwatch.StartNew();
        await PhaseProgress.RunAsync(console, "Simulating", settings.Packs,
            p => driver.AdvanceAll(settings.Packs, fleetRun.TargetCycle, run, p, token));
        simulating.Stop();

        var checkpointing = Stopwatch.StartNew();
        var summaries = await PhaseProgress.RunAsync(console, "Checkpointing", settings.Packs,
            p => driver.CheckpointAll(settings.Packs, p, token));
        checkpointing.Stop();
        await connection.CloseAsync();

        var times = new PhaseTimes(loading.Elapsed, simulating.Elapsed, checkpointing.Elapsed, command.Elapsed);
        var report = BuildReport(settings, fleetRun, summaries, times, driver.Retries);
        SummaryPrinter.Print(console, report);
        if (settings.ReportPath is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, ReportJson), token);
        }

        return ExitCodes.Ok;
    }

    private static SimulationReport BuildReport(SimulationSettings settings, FleetRun run, PackSummary[] summaries,
        PhaseTimes times, long retries)
    {
        var stats = FleetStatistics.Of(summaries, ModelProfiles.Get(settings.Model).CyclesPerDay);
        var packCycles = (double)settings.Packs * settings.Cycles;
        return new SimulationReport
        {
            Packs = settings.Packs,
            Cycles = settings.Cycles,
            Model = settings.Model,
            Seed = settings.Seed,
            Store = settings.Connection.Describe(),
            Run = run.RunNumber,
            StartCycle = run.StartCycle,
            TargetCycle = run.TargetCycle,
            LoadSeconds = times.Loading.TotalSeconds,
            ElapsedSeconds = times.Simulating.TotalSeconds,
            PackCyclesPerSecond = packCycles / Math.Max(times.Simulating.TotalSeconds, 1e-9),
            CheckpointSeconds = times.Checkpointing.TotalSeconds,
            CommandSeconds = times.Command.TotalSeconds,
            PeakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64,
            RetriedCalls = retries,
            Soh = stats.SohPct,
            SeiNm = SimulationReport.SeiReport.From(stats.SeiNm),
            SohSmoothedMean = stats.SohSmoothedMeanPct,
            Routing = stats.RoutingShare,
            Experts = stats.Experts,
            EndOfLife = stats.EndOfLife,
        };
    }
}
