using BatteryOs.Model.Gating;
using System.Diagnostics.Metrics;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Packs;

namespace BatteryOs.Grains.Metrics;

/// <summary>
/// The simulation's instruments on the <see cref="BatteryOsMeter"/> meter: pack cycles, the fleet's SoH and
/// SEI distributions, the packs active and below end of life, and the routing and cost of each expert. No
/// instrument carries a per-pack label. Everything is recorded once per chunk (up to a thousand cycles of one
/// pack) or once per expert call, never per cycle. One instance per silo.
/// </summary>
public sealed class SimulationInstruments
{
    /// <summary>Counter of pack-cycles completed ({cycle}).</summary>
    public const string PackCycles = "batteryos.pack.cycles";

    /// <summary>Gauge of pack grains active on the silo ({pack}).</summary>
    public const string PacksActive = "batteryos.packs.active";

    /// <summary>Gauge of active packs whose SoH is below the end-of-life threshold ({pack}).</summary>
    public const string PacksBelowEndOfLife = "batteryos.packs.below_end_of_life";

    /// <summary>Histogram of packs' SoH (%), one record per pack per chunk.</summary>
    public const string PackSoh = "batteryos.pack.soh";

    /// <summary>Histogram of packs' SEI thickness (nm), one record per pack per chunk.</summary>
    public const string PackSeiThickness = "batteryos.pack.sei_thickness";

    /// <summary>Counter of top-k selections the router made, by expert ({selection}).</summary>
    public const string RouterSelections = "batteryos.router.selections";

    /// <summary>Counter of frames dropped by expert capacity limits, by expert ({frame}).</summary>
    public const string ExpertFramesDropped = "batteryos.expert.frames_dropped";

    /// <summary>Histogram of the frames in one expert call, by expert ({frame}).</summary>
    public const string ExpertBatchSize = "batteryos.expert.batch_size";

    /// <summary>Histogram of one expert call's latency as its caller sees it, by expert (s).</summary>
    public const string ExpertDuration = "batteryos.expert.duration";

    /// <summary>The label naming an expert (its catalog name, e.g. Thermal_Regulator).</summary>
    public const string ExpertLabel = "expert";

    private readonly Counter<long> _cycles;
    private readonly Histogram<double> _soh;
    private readonly Histogram<double> _sei;
    private readonly Counter<long> _selections;
    private readonly Counter<long> _dropped;
    private readonly Histogram<long> _batchSize;
    private readonly Histogram<double> _duration;
    private readonly KeyValuePair<string, object?>[] _expertTags;

    /// <summary>Creates the instruments on the silo's meter; the gauges read <paramref name="population"/>.</summary>
    public SimulationInstruments(IMeterFactory meters, PackPopulation population)
    {
        var meter = meters.Create(BatteryOsMeter.Name);
        _cycles = meter.CreateCounter<long>(PackCycles, "{cycle}", "Pack-cycles completed.");
        meter.CreateObservableGauge(PacksActive, () => population.Active, "{pack}", "Pack grains active.");
        meter.CreateObservableGauge(PacksBelowEndOfLife, () => population.BelowEndOfLife, "{pack}",
            $"Active packs whose SoH is below {EndOfLife.SohPct} %.");
        _soh = meter.CreateHistogram(PackSoh, "%", "Packs' state of health after each chunk of cycles.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = MetricBuckets.SohPct });
        _sei = meter.CreateHistogram(PackSeiThickness, "nm", "Packs' SEI thickness after each chunk of cycles.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = MetricBuckets.SeiNm });
        _selections = meter.CreateCounter<long>(RouterSelections, "{selection}", "Top-k selections by expert.");
        _dropped = meter.CreateCounter<long>(ExpertFramesDropped, "{frame}",
            "Frames an expert's capacity limit turned away.");
        _batchSize = meter.CreateHistogram(ExpertBatchSize, "{frame}", "Frames in one expert call.",
            advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = MetricBuckets.BatchFrames });
        _duration = meter.CreateHistogram(ExpertDuration, "s", "One expert call, from its caller's side.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = MetricBuckets.ExpertSeconds });
        _expertTags = [.. ExpertCatalog.All.Select(e => new KeyValuePair<string, object?>(ExpertLabel, e.Name))];
    }

    /// <summary>One pack completed <paramref name="cycles"/> cycles, ending in <paramref name="condition"/>.</summary>
    public void RecordChunk(int cycles, PackCondition condition)
    {
        _cycles.Add(cycles);
        _soh.Record(condition.SohPct);
        _sei.Record(condition.SeiNm);
    }

    /// <summary>
    /// One routed batch: the selections each expert took and the selections dropped because it was full
    /// (capacity limits; 0 without them, added all the same so every expert's series exists).
    /// </summary>
    public void RecordRouting(RoutingTally tally)
    {
        for (var e = 0; e < tally.Selected.Length; e++)
        {
            _selections.Add(tally.Selected[e], _expertTags[e]);
            _dropped.Add(tally.Dropped[e], _expertTags[e]);
        }
    }

    /// <summary>One call to expert <paramref name="expert"/> with <paramref name="frames"/> frames.</summary>
    public void RecordExpertCall(int expert, int frames, TimeSpan elapsed)
    {
        _batchSize.Record(frames, _expertTags[expert]);
        _duration.Record(elapsed.TotalSeconds, _expertTags[expert]);
    }
}
