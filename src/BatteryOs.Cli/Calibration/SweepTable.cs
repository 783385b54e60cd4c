using System.Globalization;
using BatteryOs.Model.Physics;
using Spectre.Console;

namespace BatteryOs.Cli.Calibration;

/// <summary>Prints SoH after a number of cycles, and cycles to 80 % SoH, by ambient temperature.</summary>
internal static class SweepTable
{
    /// <summary>Ambient temperatures swept when none are given, °C.</summary>
    public static readonly double[] DefaultTemperaturesC = [-10, 0, 10, 15, 20, 25, 30, 35, 40, 45];

    /// <summary>Writes the rows under <paramref name="title"/>.</summary>
    public static void Print(IAnsiConsole console, string title, IReadOnlyList<AmbientSweepRow> rows, long cycles)
    {
        var table = new Table().Title(title);
        foreach (var column in new[]
                 {
                     "ambient °C", string.Create(CultureInfo.InvariantCulture, $"SoH % after {cycles:N0} cycles"),
                     "cycles to 80 % SoH",
                 })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var row in rows)
        {
            table.AddRow(row.TemperatureC.ToString("F0", CultureInfo.InvariantCulture),
                row.SohPct.ToString("F1", CultureInfo.InvariantCulture),
                row.CyclesTo80Pct?.ToString(CultureInfo.InvariantCulture) ?? "not reached");
        }

        console.Write(table);
    }
}
