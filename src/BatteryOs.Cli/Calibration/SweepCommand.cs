using System.CommandLine;
using System.Globalization;
using BatteryOs.Cli.Console;
using BatteryOs.Cli.Simulate;
using BatteryOs.Model.Physics;
using BatteryOs.Model.Profiles;

namespace BatteryOs.Cli.Calibration;

/// <summary>
/// <c>batteryos sweep</c>: how a physics model's SoH after a number of cycles, and its cycles to 80 % SoH,
/// depend on a constant ambient temperature.
/// </summary>
internal static class SweepCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var model = new ModelOptions();
        var parameters = new Option<string?>("--params")
        {
            Description = "Cell parameter file (JSON, as 'calibrate' writes) instead of --chemistry.",
        };
        var cycles = CommonOptions.AtLeast("--cycles", 1L, "Read the SoH after this many cycles.", 1_000L);
        var temperatures = new Option<string>("--temperatures")
        {
            Description = "Comma-separated ambient temperatures, °C.",
            DefaultValueFactory = _ => string.Join(",",
                SweepTable.DefaultTemperaturesC.Select(t => t.ToString(CultureInfo.InvariantCulture))),
        };
        var command = new Command("sweep", "Tabulate a physics model's SoH against constant ambient temperature.")
        {
            parameters, cycles, temperatures,
        };
        model.AddTo(command);
        command.SetAction(result =>
        {
            var profile = ModelProfiles.Get(model.Read(result)) as PhysicsProfile
                ?? throw new UsageException("sweep runs the physics model; --model seed has no temperature dependence");
            var chemistry = result.GetValue(parameters) is { } path
                ? ParameterFile.Load(path)
                : profile.Model.Chemistry;
            var rows = AmbientSweep.Run(chemistry, profile.Duty, Temperatures(result.GetValue(temperatures)!),
                result.GetValue(cycles));

            var duty = profile.Duty;
            SweepTable.Print(CliConsole.Create(output), string.Create(CultureInfo.InvariantCulture,
                    $"{chemistry.Name}, {duty.CyclesPerDay:G} cycle/day, {duty.DepthOfDischarge:P0} DoD, " +
                    $"{duty.MinDischargeCRate:G}-{duty.MaxDischargeCRate:G}C discharge, by ambient temperature"),
                rows, result.GetValue(cycles));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static double[] Temperatures(string list)
    {
        var range = ClimateDistribution.PackMeanRangeC;
        double[] temperatures = [.. list.Split(',', StringSplitOptions.TrimEntries).Select(t =>
            double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value >= range.Min && value <= range.Max
                ? value
                : throw new UsageException(
                    $"--temperatures: '{t}' is not a temperature in [{range.Min}, {range.Max}] °C"))];
        return temperatures;
    }
}
