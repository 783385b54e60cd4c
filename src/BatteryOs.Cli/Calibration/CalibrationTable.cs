using System.Globalization;
using BatteryOs.Model.Physics;
using BatteryOs.Model.Physics.Calibration;
using Spectre.Console;

namespace BatteryOs.Cli.Calibration;

/// <summary>Prints a calibration's per-cell errors, its temperature checks and its SoH-by-temperature table.</summary>
internal static class CalibrationTable
{
    /// <summary>The target leave-one-out RMSE, % of rated capacity.</summary>
    public const double TargetRmsePct = 2.0;

    /// <summary>Cycles after which the SoH-by-temperature table reads the SoH.</summary>
    public const long SweepCycles = 1_000;

    /// <summary>Writes the report to the console.</summary>
    public static void Print(IAnsiConsole console, CalibrationReport report, IReadOnlyList<AmbientSweepRow> sweep)
    {
        var table = new Table().Title("Capacity RMSE, % of rated capacity");
        foreach (var column in new[] { "cell", "ambient °C", "cycles", "physics fit", "leave-one-out", "seed" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var s in report.Scores)
        {
            table.AddRow(s.Cell, F(s.TemperatureC, "F0"), s.Cycles.ToString(CultureInfo.InvariantCulture),
                F(s.FittedRmsePct, "F2"), F(s.LeaveOneOutRmsePct, "F2"), F(s.SeedRmsePct, "F2"));
        }

        console.Write(table);
        var loo = report.Scores.Where(s => double.IsFinite(s.LeaveOneOutRmsePct)).ToList();
        if (loo.Count > 0)
        {
            var worst = loo.MaxBy(s => s.LeaveOneOutRmsePct)!;
            console.WriteLine(
                Invariant($"Leave-one-out RMSE within {TargetRmsePct} %: ") +
                Invariant($"{loo.Count(s => s.LeaveOneOutRmsePct <= TargetRmsePct)} of {loo.Count} cells; ") +
                Invariant($"mean {loo.Average(s => s.LeaveOneOutRmsePct):F2} %, ") +
                Invariant($"worst {worst.LeaveOneOutRmsePct:F2} % ({worst.Cell})."));
        }

        var o = report.Ordering;
        console.WriteLine(
            Invariant($"Irreversible loss after {o.Cycles} lab cycles: 43 °C 1C {o.Loss43C1CPct:F2} %, ") +
            Invariant($"24 °C 1C {o.Loss24C1CPct:F2} %, 4 °C 0.5C {o.Loss4CHalfCPct:F2} % ") +
            $"(43 °C faster than 24 °C: {Word(o.HotFadesFaster)}; " +
            $"4 °C at half the current faster than 24 °C: {Word(o.ColdFadesFasterAtHalfCurrent)}).");
        console.WriteLine(
            Invariant($"Resistance growth fitted on the load-step voltage drop of {report.ResistanceCells} cells: ") +
            Invariant($"{report.Parameters.Resistance.GrowthOhmPerNm * 1000:F3} mΩ per nm of SEI."));

        SweepTable.Print(console, "Default duty (1 cycle/day, 80 % DoD), fitted cell, by ambient temperature", sweep,
            SweepCycles);
    }

    private static string F(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    private static string Word(bool value) => value ? "yes" : "NO";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
