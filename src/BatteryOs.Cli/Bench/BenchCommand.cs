using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using BatteryOs.Cli.Console;
using BatteryOs.Cli.Simulate;
using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Grains.Packs;
using BatteryOs.Grains.Routing;
using BatteryOs.Hosting;
using BatteryOs.Model.Experts;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace BatteryOs.Cli.Bench;

/// <summary>
/// <c>batteryos bench</c>: drives a fleet through the full grain path (router grain, expert grains, pack
/// grains) in an embedded silo with memory storage and reports throughput, batch latency, routing load
/// and memory; <c>--baseline</c> runs the same model code in a plain loop on all cores as well.
/// </summary>
internal static class BenchCommand
{
    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var packs = CommonOptions.AtLeast("--packs", 1, "Resident packs (ids 0..N-1).");
        var cycles = CommonOptions.AtLeast("--cycles", 1L, "Cycles every pack advances, as one pack call.");
        var seed = new Option<ulong>("--seed") { Description = "Run seed.", DefaultValueFactory = _ => 1 };
        var inFlight = CommonOptions.AtLeast("--in-flight", 1, "Pack calls in flight at once.", 32);
        var baseline = new Option<bool>("--baseline") { Description = "Also run the plain in-process loop." };
        var report = new Option<string?>("--report") { Description = "Write a JSON report to this file." };
        var model = new ModelOptions();
        var routing = new RoutingCliOptions();
        var command = new Command("bench",
            "Stress-test the full grain path: throughput, latency, routing load, memory.")
        {
            packs, cycles, seed, inFlight, baseline, report,
        };
        model.AddTo(command);
        routing.AddTo(command);
        command.SetAction((result, token) => RunAsync(new BenchSettings(result.GetValue(packs),
            result.GetValue(cycles), result.GetValue(seed), model.Read(result), routing.Read(result),
            result.GetValue(inFlight), result.GetValue(baseline), result.GetValue(report)), output, token));
        return command;
    }

    private static async Task<int> RunAsync(BenchSettings settings, TextWriter output, CancellationToken token)
    {
        OutputFile.CheckReport(settings.ReportPath);
        var console = CliConsole.Create(output);
        var options = new EmbeddedSiloOptions
        {
            Store = StoreLocation.Memory,
            ConfigurePacks = o =>
            {
                o.TopK = settings.Routing.K;
                o.CheckpointEveryCycles = long.MaxValue / 2;
            },
            ConfigureRouting = settings.Routing.ApplyTo,
        };
        await using var silo = await EmbeddedSilo.StartAsync(options, token);
        var run = new SyntheticRun(settings.Model, settings.Seed);
        var driver = new BenchDriver(silo.Grains, settings.InFlight);

        // Before: the silo alone. Loading activates every pack; advancing gives each its life and window.
        var baseBytes = HeapBytes();
        var loadSeconds = await Phase(console, "Loading", settings.Packs,
            p => driver.ForEachPack(settings.Packs, id => driver.Pack(id).GetSummary(), p, null, token));
        // Settle the heap, as between benchmark iterations: the timed phase should not pay for a full collection
        // of the garbage loading left (100,000 activations' worth), which would land in it at random.
        HeapBytes();
        var latencies = new LatencyRecorder(settings.Packs);
        var statistics = silo.Services.GetRequiredService<RoutingStatistics>();
        var before = statistics.Snapshot();
        var collections = GcWindow.Open();
        var elapsed = await Phase(console, "Simulating", settings.Packs,
            p => driver.ForEachPack(settings.Packs, id => driver.Pack(id).AdvanceTo(settings.Cycles, run), p,
                latencies, token));
        var gc = collections.Stop();
        var routed = BenchReport.Difference(statistics.Snapshot(), before);
        var bytesPerPack = (HeapBytes() - baseBytes) / (double)settings.Packs;
        var grainSums = await driver.SohSums(settings.Packs, token);

        // Not timed: every pack writes its state once, so the silo stops without a write on each deactivation.
        await Phase(console, "Checkpointing", settings.Packs,
            p => driver.ForEachPack(settings.Packs, id => driver.Pack(id).Checkpoint(), p, null, token));

        var figures = BenchReport.Of(settings, loadSeconds, elapsed, latencies, routed, bytesPerPack) with
        {
            GarbageCollection = gc,
        };
        if (settings.Baseline)
        {
            var plain = await Task.Run(() => BaselineRun.Execute(settings, token), token);
            figures = figures with
            {
                BaselinePackCyclesPerSecond = plain.PackCyclesPerSecond,
                GrainToBaselineRatio = figures.PackCyclesPerSecond / plain.PackCyclesPerSecond,
                BaselineMatches = plain.SohSum == grainSums,
            };
        }

        BenchPrinter.Print(console, figures);
        if (settings.ReportPath is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(figures, ReportJson), token);
        }

        return ExitCodes.Ok;
    }

    private static long HeapBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    private static async Task<double> Phase(IAnsiConsole console, string label, int total,
        Func<IProgress<int>, Task> work)
    {
        var clock = Stopwatch.StartNew();
        await PhaseProgress.RunAsync(console, label, total, async (IProgress<int> progress) =>
        {
            await work(progress);
            return true;
        });
        return clock.Elapsed.TotalSeconds;
    }
}
