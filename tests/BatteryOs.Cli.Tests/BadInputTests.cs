namespace BatteryOs.Cli.Tests;

public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("--turbo", "--packs", "5", "--cycles", "5", "--turbo")]
    [InlineData("--packs", "--packs", "abc", "--cycles", "5")]
    [InlineData("--packs", "--packs", "-5", "--cycles", "5")]
    [InlineData("--packs", "--packs", "0", "--cycles", "5")]
    [InlineData("--cycles", "--packs", "5", "--cycles", "1.5")]
    [InlineData("--cycles", "--packs", "5", "--cycles", "-1")]
    [InlineData("--cycles", "--packs", "5")]
    [InlineData("Unknown model profile 'nope'", "--packs", "5", "--cycles", "5", "--model", "nope")]
    [InlineData("--seed", "--packs", "5", "--cycles", "5", "--seed", "-3")]
    [InlineData("--in-flight", "--packs", "5", "--cycles", "5", "--in-flight", "0")]
    [InlineData("--smoothing-window", "--packs", "5", "--cycles", "5", "--smoothing-window", "0")]
    [InlineData("unknown chemistry 'lfp'", "--packs", "5", "--cycles", "5", "--chemistry", "lfp")]
    [InlineData("climate '99'", "--packs", "5", "--cycles", "5", "--climate", "99")]
    [InlineData("climate 'arctic'", "--packs", "5", "--cycles", "5", "--climate", "arctic")]
    [InlineData("depthOfDischarge must be in [0.001, 1]", "--packs", "5", "--cycles", "5", "--dod", "1.5")]
    [InlineData("cyclesPerDay must be in", "--packs", "5", "--cycles", "5", "--cycles-per-day", "0")]
    [InlineData("maxDischargeCRate must be in", "--packs", "5", "--cycles", "5", "--c-rate", "2-1")]
    [InlineData("cRate '1' is not min-max", "--packs", "5", "--cycles", "5", "--c-rate", "1")]
    [InlineData("apply to --model physics", "--packs", "5", "--cycles", "5", "--model", "seed", "--dod", "0.5")]
    [InlineData("unknown key 'volts'", "--packs", "5", "--cycles", "5", "--model", "physics(volts=3)")]
    [InlineData("'dod' is given twice", "--packs", "5", "--cycles", "5", "--model", "physics(dod=0.5,dod=0.6)")]
    public async Task Simulate_rejects_bad_arguments_with_one_line_and_writes_nothing(
        string named, params string[] args)
    {
        var store = _dir.File("untouched.db");

        var run = await CliRun.Of(["simulate", .. args, "--store", store]);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(named, line, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", run.Output);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public async Task An_unknown_command_is_bad_input()
    {
        var run = await CliRun.Of("simulat", "--packs", "5");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
    }
}
