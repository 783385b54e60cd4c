using System.Globalization;
using BatteryOs.Model.Gating.Learned;

namespace BatteryOs.Cli.Tests;

public sealed class TrainRouterCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Train_router_writes_a_router_and_scores_every_mixture_on_held_out_data()
    {
        var output = _dir.File("router.json");

        var run = await CliRun.Of("train-router", "--data", NasaData.Directory, "--out", output, "--epochs", "20",
            "--fleet-packs", "9", "--fleet-cycles", "80", "--test-cells", "B0006,B0031");

        Assert.True(run.ExitCode == 0, run.Error);
        var router = LearnedGateFile.Load(output);
        Assert.Equal(3, router.K);
        Assert.Contains("--test-cells B0006,B0031", router.Source);
        Assert.Contains("Held out: cells B0006, B0031", run.Output);
        var rows = new[] { "learned gate", "heuristic gate", "uniform mix", "best single expert (" }
            .Select(name => Numbers(run.Output.Split('\n').Single(l => FirstCell(l).StartsWith(name))))
            .ToArray();
        Assert.All(rows, r => Assert.Equal(3, r.Length));

        // On the held-out packs the learned gate beats the heuristic gate and the uniform mix.
        Assert.True(rows[0][1] < rows[1][1] && rows[0][1] < rows[2][1], run.Output);
        Assert.Contains("Share of held-out selections", run.Output);
    }

    [Theory]
    [InlineData("--k must be at least 2", "--k", "1")]
    [InlineData("--k must be at most 5", "--k", "6")]
    [InlineData("holds out every cell", "--test-cells", "ALL")]
    [InlineData("unknown cell 'B0999'", "--test-cells", "B0999")]
    [InlineData("--learning-rate must be a positive number", "--learning-rate", "0")]
    [InlineData("--load-balance-weight must be a non-negative number", "--load-balance-weight", "-1")]
    public async Task Bad_input_gets_one_line_and_exit_code_2(string expected, params string[] args)
    {
        var output = _dir.File("router.json");
        var all = string.Join(",",
            Directory.GetFiles(NasaData.Directory, "*.csv").Select(Path.GetFileNameWithoutExtension));

        var run = await CliRun.Of(["train-router", "--data", NasaData.Directory, "--out", output,
            .. args.Select(a => a == "ALL" ? all : a)]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.False(File.Exists(output));
    }

    private static string FirstCell(string row) =>
        row.Split('│', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "";

    private static double[] Numbers(string row) =>
    [
        .. row.Split('│', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(c => double.TryParse(c.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                ? v
                : double.NaN)
            .Where(double.IsFinite),
    ];
}
