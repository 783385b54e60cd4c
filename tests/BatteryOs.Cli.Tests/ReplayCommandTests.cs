using System.Globalization;

namespace BatteryOs.Cli.Tests;

public sealed class ReplayCommandTests : IDisposable
{
    private const string Header =
        "cycle,temperature_c,current_a,voltage_sag_v,sei_nm,soh_pct,expert1,weight1,expert2,weight2,expert3,weight3";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Replay_writes_the_seed_arithmetic_cycle_by_cycle()
    {
        var input = _dir.File("in.csv");
        await File.WriteAllTextAsync(input, "temperature_c,current_a,voltage_sag_v\n50,40,0.3\n30,10,0.1\n46,33,0.6\n");
        var trace = _dir.File("out.csv");

        var run = await CliRun.Of("replay", "--model", "seed", "--telemetry", input, "--trace", trace, "--pack", "3");

        Assert.Equal(0, run.ExitCode);
        var lines = await File.ReadAllLinesAsync(trace);
        Assert.Equal(4, lines.Length);
        Assert.Equal(Header, lines[0]);

        // Cycle 1: sei = 1.2 + 50*0.001 + 40*0.0005 = 1.27; SoH = 100 - (1.27*2.1 + 0.3*12.5) = 93.583.
        // Gate: T > 45 and I > 32, raw (0.85, 0.75, 0.5, 0.4, 0.3), sum 2.8.
        var sei1 = 1.2 + (50 * 0.001 + 40 * 0.0005);
        var soh1 = Math.Max(0, 100 - (sei1 * 2.1 + 0.3 * 12.5));
        Assert.Equal(
            $"1,50,40,0.3,{R(sei1)},{R(soh1)},Thermal_Regulator,{R(0.85 / 2.8)},Dendrite_Predict,{R(0.75 / 2.8)}," +
            $"Power_Shaper,{R(0.5 / 2.8)}",
            lines[1]);
        Assert.Equal(1.27, sei1, 12);
        Assert.Equal(93.583, soh1, 9);

        // Cycle 2: cool and light: raw (0.15, 0.10, 0.5, 0.4, 0.3), sum 1.45.
        var sei2 = sei1 + (30 * 0.001 + 10 * 0.0005);
        var soh2 = Math.Max(0, 100 - (sei2 * 2.1 + 0.1 * 12.5));
        Assert.Equal(
            $"2,30,10,0.1,{R(sei2)},{R(soh2)},Power_Shaper,{R(0.5 / 1.45)},Ion_Flux,{R(0.4 / 1.45)}," +
            $"ALD_Coat,{R(0.3 / 1.45)}",
            lines[2]);

        // Cycle 3: T = 46 > 45, I = 33 > 32.
        var sei3 = sei2 + (46 * 0.001 + 33 * 0.0005);
        Assert.StartsWith($"3,46,33,0.6,{R(sei3)},{R(Math.Max(0, 100 - (sei3 * 2.1 + 0.6 * 12.5)))},Thermal_Regulator,",
            lines[3]);
        Assert.Contains("pack 3", run.Output);
    }

    [Fact]
    public async Task Replay_into_a_store_continues_the_pack()
    {
        var input = _dir.File("in.csv");
        await File.WriteAllTextAsync(input, "temperature_c,current_a,voltage_sag_v\n50,40,0.3\n30,10,0.1\n");
        var store = _dir.File("replay.db");

        await CliRun.Of("replay", "--telemetry", input, "--trace", _dir.File("a.csv"), "--store", store);
        var second = await CliRun.Of("replay", "--telemetry", input, "--trace", _dir.File("b.csv"), "--store", store);

        Assert.Equal(0, second.ExitCode);
        var lines = await File.ReadAllLinesAsync(_dir.File("b.csv"));
        Assert.StartsWith("3,50,40,0.3,", lines[1]);
        Assert.StartsWith("4,30,10,0.1,", lines[2]);
    }

    [Theory]
    [InlineData("temperature_c,current_a,voltage_sag_v\n50,40,0.3\nNaN,10,0.1\n", "line 3: temperature_c is NaN")]
    [InlineData("temperature_c,current_a,voltage_sag_v\n50,40,0.3\n30,abc,0.1\n",
        "line 3: current_a 'abc' is not a number")]
    [InlineData("temperature_c,current_a,voltage_sag_v\n50,40\n", "line 2: expected 3 values, found 2")]
    [InlineData("temperature_c,current_a,voltage_sag_v\n50,40,0.3,7\n", "line 2: expected 3 values, found 4")]
    [InlineData("temp,current_a,voltage_sag_v\n50,40,0.3\n", "header is 'temp,current_a,voltage_sag_v'")]
    [InlineData("temperature_c,current_a,voltage_sag_v\n50,40,-0.3\n", "line 2: voltage_sag_v -0.3 is outside")]
    [InlineData("temperature_c,current_a,voltage_sag_v\n50,Infinity,0.3\n", "line 2: current_a is Infinity")]
    [InlineData("temperature_c,current_a,voltage_sag_v\n", "holds no telemetry rows")]
    public async Task Replay_rejects_bad_telemetry_with_one_line_and_writes_nothing(string csv, string named)
    {
        var input = _dir.File("bad.csv");
        await File.WriteAllTextAsync(input, csv);
        var trace = _dir.File("trace.csv");
        var store = _dir.File("store.db");

        var run = await CliRun.Of("replay", "--telemetry", input, "--trace", trace, "--store", store);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(named, line);
        Assert.False(File.Exists(trace));
        Assert.False(File.Exists(store));
    }

    [Fact]
    public async Task Replay_of_a_missing_file_is_bad_input()
    {
        var run = await CliRun.Of("replay", "--telemetry", _dir.File("none.csv"), "--trace", _dir.File("t.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
