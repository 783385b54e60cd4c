using System.CommandLine;
using System.Globalization;
using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Hosting;

namespace BatteryOs.Cli.Replay;

/// <summary><c>batteryos replay</c>: drives one pack through the full grain path with given telemetry.</summary>
internal static class ReplayCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var model = CommonOptions.Model();
        var telemetry = new Option<string>("--telemetry")
        {
            Description = "Input CSV: temperature_c,current_a,voltage_sag_v, one cycle per row.",
            Required = true,
        };
        var tracePath = new Option<string>("--trace") { Description = "Output trace CSV.", Required = true };
        var pack = CommonOptions.AtLeast("--pack", 0L, "Pack id.", 0L);
        var store = CommonOptions.Store(StoreLocation.MemoryWord);
        var command = new Command("replay", "Replay telemetry through one pack and write a per-cycle trace.")
        {
            model, telemetry, tracePath, pack, store,
        };
        command.SetAction((result, token) => RunAsync(result.GetValue(model)!, result.GetValue(telemetry)!,
            result.GetValue(tracePath)!, result.GetValue(pack), result.GetValue(store)!, output, token));
        return command;
    }

    private static async Task<int> RunAsync(string model, string telemetryPath, string tracePath, long packId,
        StoreLocation store, TextWriter output, CancellationToken token)
    {
        // Read and check everything before the store is opened: bad input must leave it untouched.
        var frames = TelemetryCsv.Read(telemetryPath);
        OutputFile.CheckWritable(tracePath, "--trace");
        await using var silo = await EmbeddedSilo.StartAsync(new EmbeddedSiloOptions { Store = store }, token);
        var pack = silo.Grains.GetGrain<IPackGrain>(packId);
        var before = await pack.GetSummary();
        var result = await pack.ApplyTelemetry(FrameBatch.Of(frames), before.Cycle + 1, model);
        await pack.Checkpoint();
        await TraceCsv.WriteAsync(tracePath, frames, result.Trace, token);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Replayed {frames.Length} cycles through pack {packId}: cycle {before.Cycle} -> {result.Summary.Cycle}, " +
            $"SEI {result.Summary.SeiNm:F4} nm, SoH {result.Summary.SohPct:F3} % (smoothed " +
            $"{result.Summary.SohSmoothedPct:F3} %); trace in {tracePath}"));
        return ExitCodes.Ok;
    }
}
