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
