using System.Text.Json;
using BatteryOs.Model.Experts;

namespace BatteryOs.Cli.Tests;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Simulate_reports_the_fleet_the_plain_model_computes()
    {
        var report = _dir.File("report.json");

        var run = await CliRun.Of("simulate", "--packs", "40", "--cycles", "300", "--seed", "9", "--store", "memory",
            "--model", "seed", "--report", report);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var root = json.RootElement;
        Assert.Equal(40, root.GetProperty("packs").GetInt32());
        Assert.Equal(300, root.GetProperty("cycles").GetInt64());
        Assert.Equal("seed", root.GetProperty("model").GetString());
        Assert.Equal(9UL, root.GetProperty("seed").GetUInt64());
        Assert.True(root.GetProperty("packCyclesPerSecond").GetDouble() > 0);
        Assert.True(root.GetProperty("elapsedSeconds").GetDouble() > 0);

        var expected = ReferenceFleet.Of(40, 300, 9, "seed");
        var soh = root.GetProperty("soh");
        Assert.Equal(expected.Select(p => p.Condition.SohPct).Average(), soh.GetProperty("mean").GetDouble(), 9);
        Assert.Equal(expected.Min(p => p.Condition.SohPct), soh.GetProperty("min").GetDouble());
        Assert.Equal(expected.Max(p => p.Condition.SohPct), soh.GetProperty("max").GetDouble());
        Assert.True(soh.GetProperty("p5").GetDouble() <= soh.GetProperty("p50").GetDouble());
        Assert.True(soh.GetProperty("p50").GetDouble() <= soh.GetProperty("p95").GetDouble());
        var sei = root.GetProperty("seiNm");
        Assert.Equal(expected.Max(p => p.Condition.SeiNm), sei.GetProperty("max").GetDouble());

        var routing = root.GetProperty("routing");
        var names = routing.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(ExpertCatalog.All.Select(e => e.Name), names);
        var counts = new long[ExpertCatalog.Count];
        foreach (var pack in expected)
        {
            for (var e = 0; e < counts.Length; e++)
            {
                counts[e] += pack.RoutingCounts[e];
            }
        }

        for (var e = 0; e < counts.Length; e++)
        {
            Assert.Equal((double)counts[e] / (40 * 300 * 3), routing.GetProperty(names[e]).GetDouble(), 12);
        }

        Assert.Contains("Power_Shaper", run.Output);
        Assert.Contains("pack-cycles/s", run.Output);
    }

    [Fact]
    public async Task The_default_physics_model_reports_years_to_end_of_life_and_expert_contributions()
    {
        var report = await Report("simulate", "--packs", "30", "--cycles", "400", "--seed", "9", "--store", "memory");

        Assert.Equal("physics", report.GetProperty("model").GetString());
        var expected = ReferenceFleet.Of(30, 400, 9);
        Assert.Equal(expected.Max(p => p.Condition.SeiNm), report.GetProperty("seiNm").GetProperty("max").GetDouble());
        Assert.Equal(expected.Min(p => p.Condition.SohPct), report.GetProperty("soh").GetProperty("min").GetDouble());

        // Every NASA-cell pack is worn out within 400 daily cycles; the percentiles are nearest ranks.
        var endOfLife = report.GetProperty("endOfLife");
        Assert.Equal(80.0, endOfLife.GetProperty("sohThresholdPct").GetDouble());
        Assert.Equal(1.0, endOfLife.GetProperty("reachedShare").GetDouble());
        var cycles = expected.Select(p => (double)p.EndOfLifeCycle).Order().ToArray();
        Assert.Equal(cycles[1], endOfLife.GetProperty("cycles").GetProperty("p5").GetDouble()); // rank ceil(1.5) = 2
        Assert.Equal(cycles[14], endOfLife.GetProperty("cycles").GetProperty("p50").GetDouble());
        Assert.Equal(cycles[14] / 365.25, endOfLife.GetProperty("years").GetProperty("p50").GetDouble(), 12);

        var experts = report.GetProperty("experts");
        var selections = expected.Sum(p => p.RoutingCounts[3]);
        Assert.Equal(expected.Sum(p => p.Experts.DegradationPctSums[3]) / selections,
            experts.GetProperty("Ion_Flux").GetProperty("degradationPctPerSelection").GetDouble(), 12);
        Assert.Equal(expected.Sum(p => p.Experts.RiskSums[3]) / selections,
            experts.GetProperty("Ion_Flux").GetProperty("meanRisk").GetDouble(), 12);
    }

    [Fact]
    public async Task Percentiles_a_fleet_has_not_reached_are_null_and_the_seed_model_has_no_years()
    {
        var physics = await Report("simulate", "--packs", "20", "--cycles", "30", "--store", "memory",
            "--chemistry", "nca-panasonic-18650b", "--climate", "hot", "--cycles-per-day", "2");
        var seed = await Report("simulate", "--packs", "20", "--cycles", "30", "--store", "memory", "--model", "seed");

        Assert.Equal("physics(chemistry=nca-panasonic-18650b,climate=hot,cyclesPerDay=2)",
            physics.GetProperty("model").GetString());
        var endOfLife = physics.GetProperty("endOfLife");
        Assert.Equal(0.0, endOfLife.GetProperty("reachedShare").GetDouble());
        Assert.Equal(JsonValueKind.Null, endOfLife.GetProperty("years").GetProperty("p5").ValueKind);
        Assert.Equal(JsonValueKind.Null, seed.GetProperty("endOfLife").GetProperty("years").ValueKind);
        Assert.Equal(0.0, seed.GetProperty("experts").GetProperty("Ion_Flux").GetProperty("degradationPctPerSelection")
            .GetDouble());
    }

    [Fact]
    public async Task The_smoothing_window_is_the_mean_of_the_last_w_raw_values()
    {
        var narrow = await Report("simulate", "--packs", "5", "--cycles", "60", "--store", "memory", "--model", "seed",
            "--smoothing-window", "1");
        var wide = await Report("simulate", "--packs", "5", "--cycles", "60", "--store", "memory", "--model", "seed",
            "--smoothing-window", "32");

        // A one-cycle window is the raw SoH itself; a wider one differs.
        Assert.Equal(narrow.GetProperty("soh").GetProperty("mean").GetDouble(),
            narrow.GetProperty("sohSmoothedMean").GetDouble(), 12);
        Assert.NotEqual(wide.GetProperty("soh").GetProperty("mean").GetDouble(),
            wide.GetProperty("sohSmoothedMean").GetDouble());
    }

    [Fact]
    public async Task A_store_keeps_its_model_and_refuses_another()
    {
        var store = _dir.File("physics.db");
        await Report("simulate", "--packs", "3", "--cycles", "10", "--store", store);

        var other = await CliRun.Of("simulate", "--packs", "3", "--cycles", "10", "--store", store, "--climate", "hot");

        Assert.Equal(2, other.ExitCode);
        Assert.Contains("runs model 'physics'; start a new store to run model 'physics(climate=hot)'", other.Error);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_figures()
    {
        var first = await Report("simulate", "--packs", "25", "--cycles", "120", "--seed", "3", "--store", "memory");
        var second = await Report("simulate", "--packs", "25", "--cycles", "120", "--seed", "3", "--store", "memory");
        var other = await Report("simulate", "--packs", "25", "--cycles", "120", "--seed", "4", "--store", "memory");

        Assert.Equal(first.GetProperty("soh").GetRawText(), second.GetProperty("soh").GetRawText());
        Assert.Equal(first.GetProperty("seiNm").GetRawText(), second.GetProperty("seiNm").GetRawText());
        Assert.Equal(first.GetProperty("routing").GetRawText(), second.GetProperty("routing").GetRawText());
        Assert.NotEqual(first.GetProperty("soh").GetRawText(), other.GetProperty("soh").GetRawText());
    }

    [Fact]
    public async Task A_second_run_on_the_same_store_continues_every_pack()
    {
        var store = _dir.File("fleet.db");

        var first = await Report("simulate", "--packs", "30", "--cycles", "100", "--seed", "5", "--store", store);
        var second = await Report("simulate", "--packs", "30", "--cycles", "150", "--seed", "5", "--store", store);
        var straight = await Report("simulate", "--packs", "30", "--cycles", "250", "--seed", "5", "--store", "memory");

        Assert.Equal((1, 0, 100), Run(first));
        Assert.Equal((2, 100, 250), Run(second));
        Assert.Equal(straight.GetProperty("soh").GetRawText(), second.GetProperty("soh").GetRawText());
        Assert.Equal(straight.GetProperty("seiNm").GetRawText(), second.GetProperty("seiNm").GetRawText());
        Assert.Equal(straight.GetProperty("routing").GetRawText(), second.GetProperty("routing").GetRawText());
    }

    private static (int, long, long) Run(JsonElement report) => (report.GetProperty("run").GetInt32(),
        report.GetProperty("startCycle").GetInt64(), report.GetProperty("targetCycle").GetInt64());

    private async Task<JsonElement> Report(params string[] args)
    {
        var path = _dir.File($"report-{Guid.NewGuid():N}.json");
        var run = await CliRun.Of([.. args, "--report", path]);
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        return json.RootElement.Clone();
    }
}
