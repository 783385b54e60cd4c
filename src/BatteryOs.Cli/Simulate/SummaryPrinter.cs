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

        var routing = new Table().AddColumns("expert", "share of top-k selections", "mean risk",
            "capacity cost per selection %");
        foreach (var (name, expert) in report.Experts)
        {
            routing.AddRow(name, expert.Share.ToString("P2", CultureInfo.InvariantCulture),
                expert.MeanRisk.ToString("F3", CultureInfo.InvariantCulture),
                expert.DegradationPctPerSelection.ToString("G4", CultureInfo.InvariantCulture));
        }

        console.Write(routing);
        PrintEndOfLife(console, report.EndOfLife);
    }

    private static void PrintEndOfLife(IAnsiConsole console, EndOfLifeReport endOfLife)
    {
        var table = new Table().AddColumns($"to {endOfLife.SohThresholdPct:F0} % SoH", "p5", "p50", "p95");
        table.AddRow(PercentileCells("cycles", endOfLife.Cycles, "F0"));
        if (endOfLife.Years is { } years)
        {
            table.AddRow(PercentileCells("years", years, "F2"));
        }

        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{endOfLife.ReachedShare:P1} of packs are below {endOfLife.SohThresholdPct:F0} % SoH " +
            $"(a percentile the fleet has not reached yet shows as 'not yet')."));
    }

    private static string[] PercentileCells(string label, Percentiles p, string format) =>
        [label, .. new[] { p.P5, p.P50, p.P95 }.Select(v =>
            v?.ToString(format, CultureInfo.InvariantCulture) ?? "not yet")];

    private static string[] Cells(string label, params double[] values) =>
        [label, .. values.Select(v => double.IsNaN(v) ? "" : v.ToString("F3", CultureInfo.InvariantCulture))];
}
