using BatteryOs.Cli.Tests.Cluster;
using BatteryOs.Hosting.Cluster;
using BatteryOs.Hosting.Postgres;
using BatteryOs.Testing;

namespace BatteryOs.Cli.Tests.Metrics;

/// <summary>
/// A real <c>batteryos silo</c> process on a real PostgreSQL, scraped every second by a real Prometheus, after two
/// simulation runs through it as a client: <see cref="FirstPacks"/> packs for <see cref="CyclesPerRun"/> cycles,
/// then <see cref="Packs"/> packs to twice that (the first packs continue, the rest start). Two runs, so every
/// counter and histogram rises between scrapes and rates over the window have something to show.
/// </summary>
public sealed class ScrapedFleet : IAsyncLifetime
{
    /// <summary>Packs of the first run.</summary>
    public const int FirstPacks = 200;

    /// <summary>Packs after the second run.</summary>
    public const int Packs = 400;

    /// <summary>Cycles each run adds to the fleet's target.</summary>
    public const long CyclesPerRun = 60;

    /// <summary>The runs' seed.</summary>
    public const ulong Seed = 11;

    /// <summary>The silo's name (--name).</summary>
    public const string SiloName = "metrics-silo";

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private SiloProcess? _silo;

    /// <summary>The PostgreSQL server, for tests that need a database of their own.</summary>
    public PostgresServer Postgres { get; } = new();

    /// <summary>The Prometheus server scraping the silo.</summary>
    public PrometheusServer Prometheus { get; } = new();

    /// <summary>The silo's scrape target, host:port, which Prometheus also calls its instance.</summary>
    public string Instance => $"127.0.0.1:{Silo.HttpPort}";

    /// <summary>When Prometheus had scraped the end of the second run: the time every query is evaluated at.</summary>
    public DateTimeOffset ScrapedAt { get; private set; }

    /// <summary>Pack-cycles of both runs together.</summary>
    public static long TotalCycles => Packs * 2 * CyclesPerRun;

    internal SiloProcess Silo => _silo ?? throw new InvalidOperationException("The silo has not started.");

    /// <summary>Starts the servers and the silo, runs the fleet twice, waits until Prometheus saw it all.</summary>
    public async Task InitializeAsync()
    {
        await Task.WhenAll(Postgres.InitializeAsync(), Prometheus.InitializeAsync());
        var database = await Postgres.CreateDatabaseAsync("metrics");
        await PostgresSchema.ApplyAsync(database, CancellationToken.None);
        _silo = await SiloProcess.StartAsync(database, "--name", SiloName);
        await Prometheus.ScrapeAsync([Instance],
            new Dictionary<string, string> { ["cluster"] = ClusterIdentity.ClusterId }, Patience);

        await SimulateAsync(database, FirstPacks);
        await WaitForCyclesAsync(FirstPacks * CyclesPerRun);
        await SimulateAsync(database, Packs);
        await WaitForCyclesAsync(TotalCycles);
        ScrapedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>Stops the silo and both servers.</summary>
    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }

        await Prometheus.DisposeAsync();
        await Postgres.DisposeAsync();
    }

    /// <summary>Evaluates <paramref name="promql"/> at <see cref="ScrapedAt"/>.</summary>
    public Task<IReadOnlyList<PrometheusSample>> QueryAsync(string promql) => Prometheus.QueryAsync(promql, ScrapedAt);

    /// <summary>The one value of an aggregate query at <see cref="ScrapedAt"/>.</summary>
    public async Task<double> ValueAsync(string promql) => Assert.Single(await QueryAsync(promql)).Value;

    private static async Task SimulateAsync(string database, int packs)
    {
        var run = await CliRun.Of("simulate", "--connect", "postgres", "--postgres", database, "--packs", $"{packs}",
            "--cycles", $"{CyclesPerRun}", "--seed", $"{Seed}");
        Assert.True(run.ExitCode == 0, $"simulate failed: {run.Error}");
    }

    private Task WaitForCyclesAsync(long cycles) => Prometheus.WaitForAsync("sum(batteryos_pack_cycles_total)",
        samples => samples.Count == 1 && samples[0].Value == cycles, Patience);
}
