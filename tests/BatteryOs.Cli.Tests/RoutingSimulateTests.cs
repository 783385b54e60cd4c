using System.Text.Json;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Gating.Learned;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Cli.Tests;

/// <summary>simulate and bench under the learned gate and expert capacity, against the plain loop.</summary>
public sealed class RoutingSimulateTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A gate that favours Dendrite_Predict in the cold and Ion_Flux with a thick film.</summary>
    public static LearnedGateParameters Gate() => new()
    {
        Experts = [.. ExpertCatalog.All.Select(e => e.Name)],
        Features = [.. GateInput.Names],
        FeatureMean = [15.0, 0.6, 0.005, 90.0, 20.0, 100.0],
        FeatureScale = [7.0, 0.25, 0.002, 1.0, 10.0, 80.0],
        Weights =
        [
            [0.5, 0, 0, 0, 0, 0], [-2.0, 0.5, 0, 0, 0, 0], [0, 1.0, 0, 0, 0, 0.2], [0, 0, 0, 0, 1.5, 0],
            [0, 0, 0.3, 0, 0, -0.5],
        ],
        Bias = [0.0, 0.2, 1.0, 0.5, -0.5],
        NoiseWeights = [.. Enumerable.Range(0, 5).Select(_ => new double[6])],
        NoiseBias = new double[5],
        ExpertSlopes = [1.0, 1.0, 1.0, 1.0, 0.0],
        K = 3,
        Source = "test gate",
    };

    [Theory]
    [InlineData(3, null, OverflowPolicy.NextExpert)]
    [InlineData(2, 1.0, OverflowPolicy.NextExpert)]
    [InlineData(3, 0.8, OverflowPolicy.Drop)]
    public async Task Simulate_with_the_learned_gate_and_capacity_equals_the_plain_loop(int k, double? factor,
        OverflowPolicy overflow)
    {
        var router = _dir.File("router.json");
        await File.WriteAllTextAsync(router, LearnedGateFile.Serialize(Gate()));
        string[] capacity = factor is { } f ? ["--capacity-factor", $"{f}", "--overflow", $"{overflow}"] : [];

        var report = await Report(["simulate", "--packs", "24", "--cycles", "300", "--seed", "3", "--store", "memory",
            "--router", "learned", "--router-file", router, "--k", $"{k}", .. capacity]);

        var plain = new PlainMixtureLoop(ModelProfiles.Get("physics"), new MixtureRouter(new LearnedGate(Gate()),
            new RoutingPolicy(k, factor, overflow)), 1_000);
        var lives = Enumerable.Range(0, 24).Select(id =>
        {
            var life = PackLife.New(ModelProfiles.Get("physics"), 8, ExpertCatalog.Count);
            plain.Advance(life, CounterRandom.StreamKey(3, id), 300);
            return life;
        }).ToArray();
        Assert.Equal(lives.Average(l => l.Condition.SohPct),
            report.GetProperty("soh").GetProperty("mean").GetDouble(), 12);
        Assert.Equal(lives.Max(l => l.Condition.SeiNm), report.GetProperty("seiNm").GetProperty("max").GetDouble());
        var counts = Enumerable.Range(0, ExpertCatalog.Count).Select(e => lives.Sum(l => l.RoutingCounts[e])).ToArray();
        var routing = report.GetProperty("routing");
        for (var e = 0; e < counts.Length; e++)
        {
            Assert.Equal((double)counts[e] / counts.Sum(),
                routing.GetProperty(ExpertCatalog.All[e].Name).GetDouble(), 12);
        }

        if (factor is null)
        {
            Assert.Equal(24L * 300 * k, counts.Sum());
        }
        else if (overflow == OverflowPolicy.Drop)
        {
            Assert.True(counts.Sum() < 24L * 300 * k, "a tight capacity with the drop policy drops selections");
        }
        else
        {
            // Overflow moves a selection to a spare expert; it drops only when every spare one is full too.
            Assert.InRange(counts.Sum(), 24L * 300 * k * 95 / 100, 24L * 300 * k);
        }
    }

    [Fact]
    public async Task Bench_reports_every_figure_and_matches_its_plain_loop()
    {
        var path = _dir.File("bench.json");

        var run = await CliRun.Of("bench", "--packs", "300", "--cycles", "120", "--model", "seed", "--baseline",
            "--capacity-factor", "1.0", "--report", path);

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var r = json.RootElement;
        Assert.Equal(300, r.GetProperty("packs").GetInt32());
        Assert.True(r.GetProperty("packCyclesPerSecond").GetDouble() > 0);
        Assert.True(r.GetProperty("baselinePackCyclesPerSecond").GetDouble() > 0);
        Assert.True(r.GetProperty("baselineMatches").GetBoolean());
        var p50 = r.GetProperty("batchLatencyP50Ms").GetDouble();
        var p99 = r.GetProperty("batchLatencyP99Ms").GetDouble();
        Assert.True(p50 > 0 && p50 <= r.GetProperty("batchLatencyP95Ms").GetDouble() && p99 >= p50);
        var experts = r.GetProperty("experts").EnumerateObject().ToArray();
        Assert.Equal(ExpertCatalog.Count, experts.Length);
        var frames = experts.Sum(e => e.Value.GetProperty("frames").GetInt64());
        var dropped = experts.Sum(e => e.Value.GetProperty("dropped").GetInt64());
        Assert.Equal(300L * 120 * 3, frames + dropped);
        Assert.True(r.GetProperty("overflowedSelections").GetInt64() > 0,
            "capacity 1.0 overflows the seed gate's Power_Shaper");
        Assert.True(r.GetProperty("loadImbalanceCv").GetDouble() >= 0);
        Assert.True(r.GetProperty("bytesPerResidentPack").GetDouble() > 0);
        var gc = r.GetProperty("garbageCollection");
        var (gen0, gen1, gen2) = (gc.GetProperty("gen0Collections").GetInt32(),
            gc.GetProperty("gen1Collections").GetInt32(), gc.GetProperty("gen2Collections").GetInt32());
        Assert.True(gen0 >= gen1 && gen1 >= gen2 && gen2 >= 0, $"{gen0} >= {gen1} >= {gen2} >= 0");
        Assert.True(gc.GetProperty("pauseSeconds").GetDouble() >= 0);
        Assert.True(gc.GetProperty("pauseSeconds").GetDouble() <= r.GetProperty("elapsedSeconds").GetDouble());
        Assert.True(gc.GetProperty("allocatedBytes").GetInt64() > 0);
        Assert.Contains("Garbage collections while simulating:", run.Output);
        Assert.Contains("same end state: yes", run.Output);
    }

    [Theory]
    [InlineData("--router learned but --router-file names no router file", "--router", "Learned")]
    [InlineData("--router-file applies to --router learned", "--router-file", "x.json")]
    [InlineData("router file '/nonexistent.json' does not exist",
        "--router", "Learned", "--router-file", "/nonexistent.json")]
    [InlineData("capacity factor must be a positive number", "--capacity-factor", "0")]
    [InlineData("--k must be between 1 and 5, not 6", "--k", "6")]
    public async Task Bad_routing_input_gets_one_line_and_exit_code_2(string expected, params string[] args)
    {
        var store = _dir.File("untouched.db");

        var run = await CliRun.Of(["simulate", "--packs", "3", "--cycles", "3", "--store", store, .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.False(File.Exists(store));
    }

    [Fact]
    public async Task Routing_options_are_refused_for_a_cluster_client()
    {
        var run = await CliRun.Of("simulate", "--packs", "3", "--cycles", "3", "--connect", "postgres", "--postgres",
            "Host=127.0.0.1;Port=1", "--k", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("apply to --connect embedded", Assert.Single(run.Error.Split('\n',
            StringSplitOptions.RemoveEmptyEntries)));
    }

    private async Task<JsonElement> Report(string[] args)
    {
        var path = _dir.File($"report-{Guid.NewGuid():N}.json");
        var run = await CliRun.Of([.. args, "--report", path]);
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        return json.RootElement.Clone();
    }
}
