using System.Globalization;
using Spectre.Console;

namespace BatteryOs.Cli.Bench;

/// <summary>Prints a bench run's figures.</summary>
internal static class BenchPrinter
{
    /// <summary>Writes the figures of <paramref name="r"/>.</summary>
    public static void Print(IAnsiConsole console, BenchReport r)
    {
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.Packs:N0} packs x {r.Cycles:N0} cycles, model {r.Model}, {r.Router} gate, k {r.K}, capacity factor " +
            $"{(r.CapacityFactor is { } f ? f.ToString("G", CultureInfo.InvariantCulture) : "none")} " +
            $"(overflow {r.Overflow}), {r.InFlight} calls in flight"));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Grain path: {r.PackCyclesPerSecond:N0} pack-cycles/s ({r.ElapsedSeconds:F2} s; " +
            $"loading {r.LoadSeconds:F2} s); " +
            $"pack call latency p50 {r.BatchLatencyP50Ms:F1} ms, p95 {r.BatchLatencyP95Ms:F1} ms, " +
            $"p99 {r.BatchLatencyP99Ms:F1} ms"));
        if (r.BaselinePackCyclesPerSecond is { } plain)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Plain loop: {plain:N0} pack-cycles/s; grain path / plain loop = {r.GrainToBaselineRatio:P1}; " +
                $"same end state: {(r.BaselineMatches == true ? "yes" : "NO")}"));
        }

        var table = new Table().AddColumns("expert", "frames", "share", "overflowed", "dropped");
        var total = Math.Max(1, r.Experts.Values.Sum(e => e.Frames));
        foreach (var (name, load) in r.Experts)
        {
            table.AddRow(name, Invariant($"{load.Frames:N0}"), Invariant($"{(double)load.Frames / total:P1}"),
                Invariant($"{load.Overflowed:N0}"), Invariant($"{load.Dropped:N0}"));
        }

        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Load imbalance (CV of expert load) {r.LoadImbalanceCv:F3}; overflowed {r.OverflowedSelections:N0}, " +
            $"dropped {r.DroppedSelections:N0}; peak memory {r.PeakWorkingSetBytes / 1048576.0:N0} MiB; " +
            $"{r.BytesPerResidentPack:N0} bytes per resident pack"));
        if (r.GarbageCollection is { } gc)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Garbage collections while simulating: {gc.Gen0Collections} (generation 1: {gc.Gen1Collections}, " +
                $"generation 2: {gc.Gen2Collections}), paused {gc.PauseSeconds:F3} s; " +
                $"{gc.AllocatedBytes / (r.Packs * (double)r.Cycles):N1} bytes allocated per pack-cycle"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
