using System.Globalization;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Packs;

namespace BatteryOs.Cli.Tests.Metrics;

/// <summary>The simulation's instruments as Prometheus scraped them, against what the fleet really did.</summary>
[Collection(MetricsCollection.Name)]
public sealed class FleetMetricsTests(ScrapedFleet fleet)
{
    private const int K = 3;

    // Chunks: each pack call of each run is one chunk (60 cycles, under the 1,000-cycle chunk size).
    private const int Chunks = ScrapedFleet.FirstPacks + ScrapedFleet.Packs;

    [Fact]
    public async Task Every_pack_cycle_and_every_top_k_selection_is_counted_once()
    {
        var selections = await fleet.QueryAsync("sum by (expert) (batteryos_router_selections_total)");

        Assert.Equal(ScrapedFleet.TotalCycles, await fleet.ValueAsync("sum(batteryos_pack_cycles_total)"));
        Assert.Equal(ExpertCatalog.All.Select(e => e.Name).Order(), selections.Select(s => s.Labels["expert"]).Order());
        Assert.Equal(ScrapedFleet.TotalCycles * K, selections.Sum(s => s.Value));
        Assert.Equal(ScrapedFleet.TotalCycles * K, await fleet.ValueAsync("sum(batteryos_expert_batch_size_sum)"));
    }

    [Fact]
    public async Task Packs_active_and_below_end_of_life_match_the_fleet_pack_by_pack()
    {
        var reference = ReferenceFleet.Of(ScrapedFleet.Packs, 2 * ScrapedFleet.CyclesPerRun, ScrapedFleet.Seed);
        var below = reference.Count(p => EndOfLife.IsReached(p.Condition.SohPct));

        Assert.InRange(below, 1, ScrapedFleet.Packs - 1);
        Assert.Equal(ScrapedFleet.Packs, await fleet.ValueAsync("sum(batteryos_packs_active)"));
        Assert.Equal(below, await fleet.ValueAsync("sum(batteryos_packs_below_end_of_life)"));
    }

    [Fact]
    public async Task The_SoH_and_SEI_histograms_hold_each_pack_state_at_the_end_of_each_chunk()
    {
        var first = ReferenceFleet.Of(ScrapedFleet.FirstPacks, ScrapedFleet.CyclesPerRun, ScrapedFleet.Seed);
        var second = ReferenceFleet.Of(ScrapedFleet.Packs, 2 * ScrapedFleet.CyclesPerRun, ScrapedFleet.Seed);
        var states = first.Concat(second).Select(p => p.Condition).ToList();

        Assert.Equal(Chunks, await fleet.ValueAsync("sum(batteryos_pack_soh_percent_count)"));
        Assert.Equal(Chunks, await fleet.ValueAsync("sum(batteryos_pack_sei_thickness_nm_count)"));
        Assert.Equal(states.Sum(s => s.SohPct), await fleet.ValueAsync("sum(batteryos_pack_soh_percent_sum)"), 6);
        Assert.Equal(states.Sum(s => s.SeiNm), await fleet.ValueAsync("sum(batteryos_pack_sei_thickness_nm_sum)"), 6);
        var buckets = await fleet.QueryAsync("sum by (le) (batteryos_pack_soh_percent_bucket)");
        var upTo80 = Assert.Single(buckets, b => Bound(b.Labels["le"]) == EndOfLife.SohPct).Value;
        Assert.Equal(states.Count(s => s.SohPct <= EndOfLife.SohPct), upTo80);
    }

    [Fact]
    public async Task SoH_buckets_resolve_every_percent_from_60_to_100()
    {
        var bounds = await fleet.Prometheus.LabelValuesAsync("le", "batteryos_pack_soh_percent_bucket");

        var percents = bounds.Select(Bound).Where(b => b >= 60).Order();
        Assert.Equal(Enumerable.Range(60, 41).Select(p => (double)p).Append(double.PositiveInfinity), percents);
    }

    [Fact]
    public async Task No_expert_drops_frames_and_each_reports_so()
    {
        var dropped = await fleet.QueryAsync("batteryos_expert_frames_dropped_total");

        Assert.Equal(ExpertCatalog.Count, dropped.Count);
        Assert.All(dropped, d => Assert.Equal(0, d.Value));
    }

    [Fact]
    public async Task Every_expert_call_is_timed_and_no_metric_carries_a_pack_label()
    {
        var calls = await fleet.QueryAsync("sum by (expert) (batteryos_expert_duration_seconds_count)");
        var sizes = await fleet.QueryAsync("sum by (expert) (batteryos_expert_batch_size_count)");
        var labels = await fleet.QueryAsync("count by (__name__) ({__name__=~\"batteryos_.+\", pack=~\".+\"})");

        Assert.Equal(ExpertCatalog.Count, calls.Count);
        Assert.Equal(sizes.ToDictionary(s => s.Labels["expert"], s => s.Value),
            calls.ToDictionary(c => c.Labels["expert"], c => c.Value));
        Assert.All(calls, c => Assert.InRange(c.Value, 1, Chunks));
        Assert.Empty(labels);
    }

    // Prometheus keeps a bucket bound as the exporter wrote it: "80" in text format, "80.0" in OpenMetrics.
    private static double Bound(string le) => le == "+Inf"
        ? double.PositiveInfinity
        : double.Parse(le, NumberStyles.Float, CultureInfo.InvariantCulture);
}
