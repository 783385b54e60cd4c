using System.CommandLine;
using System.Globalization;
using BatteryOs.Model.Chemistry;
using BatteryOs.Model.Physics;
using BatteryOs.Model.Physics.Calibration;

namespace BatteryOs.Cli.Calibration;

/// <summary>
/// <c>batteryos predict</c>: replays one lab cell's recorded conditions through the physics model, from
/// its first clean capacity, and writes measured and predicted capacity per cycle.
/// </summary>
internal static class PredictCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var parameters = new Option<string>("--params")
        {
            Description = "Parameter file (JSON) written by 'calibrate'.",
            Required = true,
        };
        var cell = new Option<string>("--cell") { Description = "One cell's NASA CSV file.", Required = true };
        var outPath = new Option<string>("--out")
        {
            Description = "Output CSV: cycle,measured_capacity_ah,predicted_capacity_ah.",
            Required = true,
        };
        var command = new Command("predict", "Predict one lab cell's capacity from its recorded conditions.")
        {
            parameters, cell, outPath,
        };
        command.SetAction((result, token) => RunAsync(result.GetValue(parameters)!, result.GetValue(cell)!,
            result.GetValue(outPath)!, output, token));
        return command;
    }

    private static async Task<int> RunAsync(string parametersPath, string cellPath, string outPath, TextWriter output,
        CancellationToken token)
    {
        OutputFile.CheckWritable(outPath, "--out");
        var chemistry = ParameterFile.Load(parametersPath);
        var cell = NasaCellCsv.Read(cellPath, chemistry.NominalCapacityAh);

        var predicted = CapacityPredictor.Predict(new CellAgingModel(chemistry), cell);
        await PredictionCsv.WriteAsync(outPath, cell, predicted, token);

        var start = cell.Observations[cell.StartIndex];
        var rmsePct = CapacityPredictor.RmsePct(cell, predicted, chemistry.NominalCapacityAh);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Predicted {cell.Name} from {start.MeasuredCapacityAh:F4} Ah at cycle {start.Cycle} to cycle " +
            $"{cell.Observations[^1].Cycle}: RMSE {rmsePct:F2} % of rated capacity over {cell.ScoredCount} " +
            $"clean cycles; written to {outPath}"));
        return ExitCodes.Ok;
    }
}
