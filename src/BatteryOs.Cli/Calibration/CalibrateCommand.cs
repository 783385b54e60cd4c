using System.CommandLine;
using BatteryOs.Cli.Console;
using BatteryOs.Model.Chemistry;
using BatteryOs.Model.Physics;
using BatteryOs.Model.Physics.Calibration;
using Spectre.Console;

namespace BatteryOs.Cli.Calibration;

/// <summary>
/// <c>batteryos calibrate</c>: fits the physics model to NASA lab cells, scores it in and out of sample
/// against the seed profile, and writes the fitted parameter file.
/// </summary>
internal static class CalibrateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var data = new Option<string>("--data")
        {
            Description = "Directory of per-cell NASA CSV files (B0005.csv, ...); subdirectories are ignored.",
            Required = true,
        };
        var cells = new Option<string?>("--cells")
        {
            Description = "Comma-separated cells to fit, for example B0005,B0006 (default: every CSV in --data).",
        };
        var outPath = new Option<string>("--out")
        {
            Description = "Write the fitted parameters (JSON) here.",
            Required = true,
        };
        var command = new Command("calibrate", "Fit the physics model's coefficients to measured lab capacity.")
        {
            data, cells, outPath,
        };
        command.SetAction((result, token) => RunAsync(result.GetValue(data)!, result.GetValue(cells),
            result.GetValue(outPath)!, output, token));
        return command;
    }

    private static async Task<int> RunAsync(string dataDirectory, string? cellList, string outPath, TextWriter output,
        CancellationToken token)
    {
        // Check everything that could be bad input before the fit, which takes seconds.
        OutputFile.CheckWritable(outPath, "--out");
        var start = KnownChemistries.Nasa18650;
        var cells = NasaDataDirectory.Load(dataDirectory, cellList, start.NominalCapacityAh);

        var names = string.Join(",", cells.Select(c => c.Name));
        var source = $"Fitted by 'batteryos calibrate --cells {names}' on the NASA PCoE Battery Data Set " +
            "(B. Saha and K. Goebel, 2007, NASA Prognostics Data Repository, NASA Ames Research Center).";
        var report = CalibrationRun.Execute(cells, start, source);
        var sweep = AmbientSweep.Run(report.Parameters, DutyProfile.Default, SweepTable.DefaultTemperaturesC,
            CalibrationTable.SweepCycles);

        await File.WriteAllTextAsync(outPath, ChemistryJson.Serialize(report.Parameters) + "\n", token);
        var console = CliConsole.Create(output);
        CalibrationTable.Print(console, report, sweep);
        console.WriteLine($"Fitted {cells.Count} cells; parameters written to {outPath}");
        return ExitCodes.Ok;
    }
}
