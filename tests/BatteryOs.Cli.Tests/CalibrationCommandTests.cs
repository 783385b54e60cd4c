using System.Globalization;
using BatteryOs.Model.Chemistry;

namespace BatteryOs.Cli.Tests;

public sealed class CalibrationCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Calibrate_fits_the_chosen_cells_scores_them_and_writes_a_loadable_parameter_file()
    {
        var output = _dir.File("params.json");

        var run = await CliRun.Of("calibrate", "--data", NasaData.Directory, "--cells", "B0018,B0029,B0046",
            "--out", output);

        Assert.True(run.ExitCode == 0, run.Error);
        var fitted = ChemistryJson.Load(output);
        Assert.Contains("--cells B0018,B0029,B0046", fitted.Source);
        Assert.NotEqual(KnownChemistries.Nasa18650.Cycling, fitted.Cycling);
        foreach (var cell in new[] { "B0018", "B0029", "B0046" })
        {
            var row = run.Output.Split('\n').Single(l => l.StartsWith($"│ {cell} │"));
            var numbers = Numbers(row);
            Assert.Equal(5, numbers.Length); // ambient, cycles, fit, leave-one-out, seed
            Assert.InRange(numbers[2], 0.0, 5.0); // the physics fit
            Assert.True(numbers[4] > numbers[2], $"the seed profile should miss more: {row}");
        }

        Assert.Contains("Leave-one-out RMSE within 2 %:", run.Output);
        Assert.Contains("Irreversible loss after 100 lab cycles: 43 °C 1C", run.Output);
        Assert.Contains("SoH % after 1,000 cycles", run.Output);
        Assert.Contains($"parameters written to {output}", run.Output);
    }

    [Fact]
    public async Task Predict_writes_measured_and_predicted_capacity_for_every_cycle()
    {
        var output = _dir.File("pred.csv");

        var run = await CliRun.Of("predict", "--params", Shipped(), "--cell", NasaData.Cell("B0006"), "--out", output);

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal("cycle,measured_capacity_ah,predicted_capacity_ah", lines[0]);
        Assert.Equal(168, lines.Length - 1);
        var first = lines[1].Split(',');
        Assert.Equal("1", first[0]);
        Assert.Equal(first[1], first[2]); // the prediction starts from the first measured capacity
        var last = lines[^1].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(168, last[0]);
        Assert.InRange(last[2], 0.5, last[1] + 0.6);
        Assert.Contains("Predicted B0006 from 2.0353 Ah at cycle 1 to cycle 168: RMSE", run.Output);
    }

    [Fact]
    public async Task Sweep_tabulates_soh_by_ambient_temperature()
    {
        var run = await CliRun.Of("sweep", "--chemistry", "nca-panasonic-18650b", "--cycles", "500",
            "--temperatures", "10,25,40");

        Assert.True(run.ExitCode == 0, run.Error);
        var soh = new[] { "10", "25", "40" }
            .Select(t => Numbers(run.Output.Split('\n').Single(l => l.TrimStart('│', ' ').StartsWith(t + " ")))[1])
            .ToArray();
        Assert.True(soh[0] > soh[1] && soh[1] > soh[2], string.Join(", ", soh));
        Assert.Contains("SoH % after 500 cycles", run.Output);
    }

    [Theory]
    [InlineData("does not exist", "calibrate", "--data", "/nonexistent/nasa", "--out", "OUT")]
    [InlineData("unknown cell 'B9999'", "calibrate", "--data", "DATA", "--cells", "B0005,B9999", "--out", "OUT")]
    [InlineData("directory '/nonexistent' does not exist",
        "calibrate", "--data", "DATA", "--out", "/nonexistent/p.json")]
    [InlineData("--out", "calibrate", "--data", "DATA")]
    [InlineData("parameter file '/nonexistent.json' does not exist",
        "predict", "--params", "/nonexistent.json", "--cell", "CELL", "--out", "OUT")]
    [InlineData("cell file '/nonexistent.csv' does not exist",
        "predict", "--params", "PARAMS", "--cell", "/nonexistent.csv", "--out", "OUT")]
    [InlineData("BAD: sei.activationEnergyJPerMol must be in",
        "predict", "--params", "BAD", "--cell", "CELL", "--out", "OUT")]
    [InlineData("lacks the column 'capacity_ah'", "predict", "--params", "PARAMS", "--cell", "NOCAP", "--out", "OUT")]
    [InlineData("capacity_ah 'abc' is not a number", "predict", "--params", "PARAMS", "--cell", "TEXT", "--out", "OUT")]
    [InlineData("sweep runs the physics model", "sweep", "--model", "seed")]
    [InlineData("--temperatures: '90'", "sweep", "--temperatures", "10,90")]
    [InlineData("unknown chemistry 'lfp'", "sweep", "--chemistry", "lfp")]
    public async Task Bad_input_gets_one_line_and_exit_code_2_and_writes_nothing(string expected, params string[] args)
    {
        var output = _dir.File("out");
        var bad = KnownChemistries.Nasa18650 with
        {
            Sei = KnownChemistries.Nasa18650.Sei with { ActivationEnergyJPerMol = -1.0 },
        };
        var badPath = _dir.File("bad.json");
        await File.WriteAllTextAsync(badPath, ChemistryJson.Serialize(bad));
        var noCapacity = _dir.File("nocap.csv");
        await File.WriteAllTextAsync(noCapacity, "cycle,elapsed_h,ambient_temp_C,mean_current_A\n1,0,24,2\n");
        var text = _dir.File("text.csv");
        await File.WriteAllTextAsync(text, "cycle,elapsed_h,ambient_temp_C,capacity_ah,mean_current_A\n1,0,24,abc,2\n");
        var substitutions = new Dictionary<string, string>
        {
            ["OUT"] = output, ["DATA"] = NasaData.Directory, ["CELL"] = NasaData.Cell("B0005"), ["PARAMS"] = Shipped(),
            ["BAD"] = badPath, ["NOCAP"] = noCapacity, ["TEXT"] = text,
        };

        var run = await CliRun.Of([.. args.Select(a => substitutions.GetValueOrDefault(a, a))]);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(expected.Replace("BAD", badPath), line);
        Assert.False(File.Exists(output));
    }

    private string Shipped()
    {
        var path = _dir.File("shipped.json");
        File.WriteAllText(path, ChemistryJson.Serialize(KnownChemistries.Nasa18650));
        return path;
    }

    private static double[] Numbers(string row) =>
    [
        .. row.Split(['│', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                ? v
                : double.NaN)
            .Where(double.IsFinite),
    ];
}
