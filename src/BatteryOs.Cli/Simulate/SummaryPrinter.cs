using System.Globalization;
using Spectre.Console;

namespace BatteryOs.Cli.Simulate;

/// <summary>Prints a run's fleet summary as tables.</summary>
internal static class SummaryPrinter
{
    /// <summary>Writes the summary of <paramref name="report"/>.</summary>
    public static void Print(IAnsiConsole console, SimulationReport report)
    {
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Run {report.Run}: {report.Packs:N0} packs, cycle {report.StartCycle:N0} -> {report.TargetCycle:N0} " +
            $"(model {report.Model}, seed {report.Seed}, store {report.Store})"));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Loaded in {report.LoadSeconds:F2} s; simulated {report.Packs * report.Cycles:N0} pack-cycles in " +
            $"{report.ElapsedSeconds:F2} s: " +
            $"{report.PackCyclesPerSecond:N0} pack-cycles/s; checkpoint {report.CheckpointSeconds:F2} s; " +
            $"command {report.CommandSeconds:F2} s; peak memory {report.PeakWorkingSetBytes / 1048576.0:N0} MiB; " +
            $"{report.RetriedCalls:N0} calls retried after failures"));

        var stats = new Table().AddColumns("", "mean", "min", "p5", "p50", "p95", "max");
        var s = report.Soh;
        stats.AddRow(Cells("SoH %", s.Mean, s.Min, s.P5, s.P50, s.P95, s.Max));
        var e = report.SeiNm;
        stats.AddRow(Cells("SEI nm", e.Mean, double.NaN, double.NaN, e.P50, e.P95, e.Max));
        console.Write(stats);

        var routing = new Table().AddColumns("expert", "share of top-k selections");
        foreach (var (name, share) in report.Routing)
        {
            routing.AddRow(name, share.ToString("P2", CultureInfo.InvariantCulture));
        }

        console.Write(routing);
    }

    private static string[] Cells(string label, params double[] values) =>
        [label, .. values.Select(v => double.IsNaN(v) ? "" : v.ToString("F3", CultureInfo.InvariantCulture))];
}
