using BatteryOs.Contracts;
using BatteryOs.Contracts.State;
using BatteryOs.Contracts.Wire;
using BatteryOs.Grains.Metrics;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Ingestion;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace BatteryOs.Grains.Packs;

/// <summary>
/// One battery pack. Cycles run in memory in chunks (one router call and one call per chosen
/// expert per chunk); state is checkpointed every N cycles, on deactivation and on demand. Ingested
/// frames from a battery management system are put in seq order first (see <see cref="SeqReorderBuffer"/>).
/// </summary>
/// <remarks>Placed at random so a fleet spreads over every silo of a cluster.</remarks>
[Orleans.Placement.RandomPlacement]
public sealed partial class PackGrain : Grain, IPackGrain
{
    private readonly IPersistentState<PackState> _state;
    private readonly PackGrainOptions _options;
    private readonly ILogger<PackGrain> _logger;
    private readonly ChunkRouter _router;
    private readonly IngestionInstruments _instruments;
    private readonly IngestedFrameApplier _applier;
    private readonly TimeProvider _time;
    private readonly PackPopulation _population;
    private PackLife? _life;
    private bool _belowEndOfLife;
    private PackIngestion? _ingestion;
    private IGrainTimer? _releaseTimer;
    private long _checkpointCycle;
    private SyntheticRun? _streamRun;
    private ulong _streamKey;

    /// <summary>Creates the grain with its persisted state.</summary>
    public PackGrain(
        [PersistentState("pack", StorageNames.Packs)] IPersistentState<PackState> state,
        IOptions<PackGrainOptions> options,
        ChunkRouter router,
        IngestionInstruments instruments,
        [FromKeyedServices(IngestionClock.ServiceKey)] TimeProvider time,
        PackPopulation population,
        ILogger<PackGrain> logger)
    {
        _state = state;
        _options = options.Value;
        _router = router;
        _instruments = instruments;
        _time = time;
        _population = population;
        _logger = logger;
        _applier = new IngestedFrameApplier(router, _options, instruments);
    }

    private long PackId => this.GetPrimaryKeyLong();

    private long NowMs => _time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (PackId < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(PackId), PackId, "Pack ids are non-negative.");
        }

        _checkpointCycle = _state.State.Cycle;
        if (_state.State.Model.Length > 0)
        {
            _life = PackStateMapper.Restore(_state.State, _options.SmoothingWindowCycles);
        }

        _ingestion = PackIngestion.Restore(_state.State, _options, NowMs);
        ScheduleRelease();

        _population.Activated();
        ObserveEndOfLife();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        try
        {
            if (_options.CheckpointOnShutdown || reason.ReasonCode != DeactivationReasonCode.ShuttingDown)
            {
                await WriteIfChanged();
            }
        }
        finally
        {
            _population.Deactivated(_belowEndOfLife);
        }
    }

    /// <inheritdoc />
    public async Task<PackSummary> AdvanceTo(long targetCycle, SyntheticRun run)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(targetCycle);
        var life = LifeFor(run.Model);
        if (_streamRun != run)
        {
            _streamRun = run;
            _streamKey = CounterRandom.StreamKey(run.Seed, PackId);
        }

        var frames = BatchBuffers.Rent<TelemetryFrame>(_options.MaxBatchCycles);
        try
        {
            while (life.Condition.Cycle < targetCycle)
            {
                var count = (int)Math.Min(_options.MaxBatchCycles, targetCycle - life.Condition.Cycle);
                life.Profile.SyntheticFrames(_streamKey, life.Condition.Cycle + 1, frames.AsSpan(0, count));

                await _router.Apply(life, frames, count, trace: null);
                ObserveEndOfLife();
                await CheckpointByPolicy();
            }
        }
        finally
        {
            BatchBuffers.Return(frames);
        }

        return Summary();
    }

    /// <inheritdoc />
    public async Task<ApplyResult> ApplyTelemetry(FrameBatch frames, long firstCycle, string model)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstCycle, 1);
        if (!frames.IsWellFormed)
        {
            throw new ArgumentException(
                $"Frame batch [{frames.Offset}, +{frames.Count}) does not fit its {frames.Frames.Length} frames.");
        }

        TelemetryLimits.ThrowIfInvalid(frames.Span);
        var life = LifeFor(model);
        var next = life.Condition.Cycle + 1;
        if (firstCycle > next)
        {
            throw new ArgumentException(
                $"Telemetry for pack {PackId} starts at cycle {firstCycle} but the pack expects cycle {next}.");
        }

        // Frames for cycles already applied are a redelivery: skip them.
        var skipped = (int)Math.Min(frames.Count, next - firstCycle);
        var freshCount = frames.Count - skipped;
        var k = _options.TopK;
        var trace = new TraceBuilder(freshCount, k, next);
        for (var offset = 0; offset < freshCount; offset += _options.MaxBatchCycles)
        {
            var count = Math.Min(_options.MaxBatchCycles, freshCount - offset);
            var chunk = BatchBuffers.Rent<TelemetryFrame>(count);
            var conditions = BatchBuffers.Rent<PackCondition>(count);
            try
            {
                frames.Span.Slice(skipped + offset, count).CopyTo(chunk);
                await _router.Apply(life, chunk, count, conditions, r => trace.Add(offset, conditions, r));
            }
            finally
            {
                BatchBuffers.Return(chunk);
                BatchBuffers.Return(conditions);
            }

            ObserveEndOfLife();
            await CheckpointByPolicy();
        }

        return new ApplyResult(Summary(), trace.Build(), skipped);
    }

    /// <inheritdoc />
    public async Task<IngestResult> Ingest(IngestBatch batch)
    {
        if (!batch.IsWellFormed)
        {
            throw new ArgumentException(
                $"Ingest batch [{batch.Offset}, +{batch.Count}) does not fit its {batch.Frames.Length} frames.");
        }

        // Check every frame before the first change, so a bad batch leaves no trace.
        var frames = batch.Span;
        for (var i = 0; i < frames.Length; i++)
        {
            if (SequencedFrameLimits.ValueProblem(frames[i]) is { } problem)
            {
                throw new ArgumentException($"Frame {i}: {problem.Detail}.");
            }
        }

        var life = LifeFor(_life?.Profile.Name ?? ModelProfiles.DefaultName);
        var ready = new List<SequencedFrame>(frames.Length);
        var outcome = Ingestion.Buffer.Offer(frames, NowMs, ready);
        return await Settle(life, outcome, ready);
    }

    /// <inheritdoc />
    public async Task<IngestResult> ReleaseHeld()
    {
        var ready = new List<SequencedFrame>();
        var outcome = Ingestion.Buffer.ReleaseAll(ready);
        return _life is null ? Ingestion.Result(outcome, 0, 0) : await Settle(_life, outcome, ready);
    }

    /// <inheritdoc />
    public Task<PackSummary> GetSummary() => Task.FromResult(Summary());

    /// <inheritdoc />
    public async Task<PackSummary> Checkpoint()
    {
        await WriteIfChanged();
        return Summary();
    }

    private PackIngestion Ingestion => _ingestion ??= PackIngestion.Restore(_state.State, _options, NowMs);

    private async Task<IngestResult> Settle(PackLife life, SeqOutcome outcome, List<SequencedFrame> ready)
    {
        var ingestion = Ingestion;
        ingestion.Record(outcome);
        _instruments.Accepted(outcome.Accepted);
        _instruments.Duplicates(outcome.Duplicates);
        _instruments.Skipped(outcome.SkippedSeqs);
        _instruments.Rejected(RejectReason.Late, outcome.Late);
        if (outcome.Gaps > 0)
        {
            LogGap(PackId, outcome.Gaps, outcome.SkippedSeqs, ingestion.Buffer.LastSeq);
        }

        var applied = await _applier.Apply(life, ingestion, ready, NowMs);
        ObserveEndOfLife();
        ScheduleRelease();
        await CheckpointByPolicy();
        return ingestion.Result(outcome, applied, life.Condition.Cycle);
    }

    // Held frames wait for a timer tick when no further frame arrives to release them.
    private void ScheduleRelease()
    {
        var holding = _ingestion is { Buffer.HeldCount: > 0 };
        if (holding && _releaseTimer is null)
        {
            var tick = TimeSpan.FromTicks(
                Math.Max(_options.ReorderHoldTime.Ticks / 4, TimeSpan.TicksPerMillisecond * 50));
            _releaseTimer = this.RegisterGrainTimer(ReleaseDue,
                new GrainTimerCreationOptions(tick, tick) { Interleave = false, KeepAlive = true });
        }
        else if (!holding && _releaseTimer is not null)
        {
            _releaseTimer.Dispose();
            _releaseTimer = null;
        }
    }

    private async Task ReleaseDue(CancellationToken cancellationToken)
    {
        if (_life is not null)
        {
            var ready = new List<SequencedFrame>();
            await Settle(_life, Ingestion.Buffer.ReleaseDue(NowMs, ready), ready);
        }
    }

    private PackLife LifeFor(string model)
    {
        if (_life is null)
        {
            _life = PackLife.New(ModelProfiles.Get(model), _options.SmoothingWindowCycles, ExpertCatalog.Count);
        }
        else if (!string.Equals(_life.Profile.Name, model, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Pack {PackId} runs model '{_life.Profile.Name}'; it cannot continue under model '{model}'.");
        }

        return _life;
    }

    private void ObserveEndOfLife()
    {
        if (_life is not null)
        {
            _population.Observe(ref _belowEndOfLife, _life.Condition.SohPct);
        }
    }

    private async Task CheckpointByPolicy()
    {
        if (_life is not null && _life.Condition.Cycle - _checkpointCycle >= _options.CheckpointEveryCycles)
        {
            await WriteIfChanged();
        }
    }

    private async Task WriteIfChanged()
    {
        var ingestionChanged = _ingestion is { Changed: true };
        if (_life is null || (_life.Condition.Cycle == _checkpointCycle && !ingestionChanged && _state.RecordExists))
        {
            return;
        }

        PackStateMapper.Capture(_life, _state.State);
        _ingestion?.Capture(_state.State);
        try
        {
            await _state.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            // Another writer (or a write whose answer was lost) moved the stored version on: this
            // activation's view is stale, so start again from what is stored.
            LogStaleState(PackId);
            DeactivateOnIdle();
            throw;
        }

        _checkpointCycle = _life.Condition.Cycle;
        if (_ingestion is not null)
        {
            _ingestion.Changed = false;
        }

        LogCheckpoint(PackId, _checkpointCycle);
    }

    private PackSummary Summary() => new()
    {
        PackId = PackId,
        Model = _life?.Profile.Name ?? "",
        Cycle = _life?.Condition.Cycle ?? 0,
        SeiNm = _life?.Condition.SeiNm ?? 0,
        SohPct = _life?.Condition.SohPct ?? 0,
        SohSmoothedPct = _life?.SmoothedSohPct ?? 0,
        MixtureRisk = _life?.MixtureRisk ?? 0,
        RoutingCounts = _life is null ? new long[ExpertCatalog.Count] : [.. _life.RoutingCounts],
        CheckpointCycle = _checkpointCycle,
        EndOfLifeCycle = _life?.EndOfLifeCycle ?? 0,
        ExpertRiskSums = _life is null ? new double[ExpertCatalog.Count] : [.. _life.Experts.RiskSums],
        ExpertDegradationPctSums =
            _life is null ? new double[ExpertCatalog.Count] : [.. _life.Experts.DegradationPctSums],
        LastSeq = _ingestion?.Buffer.LastSeq ?? _state.State.LastSeq,
        Gaps = _ingestion?.Gaps ?? 0,
        SkippedSeqs = _ingestion?.SkippedSeqs ?? 0,
        HeldFrames = _ingestion?.Buffer.HeldCount ?? 0,
        IngestedFrames = _ingestion?.IngestedFrames ?? 0,
        LastTimestampUnixMs = _ingestion?.LastTimestampUnixMs ?? 0,
        LastSocPct = _ingestion?.LastSocPct,
        RecentExperts = _ingestion?.RecentExperts ?? [],
        RecentWeights = _ingestion?.RecentWeights ?? [],
    };

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "Pack {PackId} found its stored state changed by another writer; reloading it")]
    private partial void LogStaleState(long packId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug,
        Message = "Pack {PackId} gave up {Gaps} gap(s), {SkippedSeqs} missing seq(s); now at seq {LastSeq}")]
    private partial void LogGap(long packId, int gaps, long skippedSeqs, long lastSeq);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Checkpointed pack {PackId} at cycle {Cycle}")]
    private partial void LogCheckpoint(long packId, long cycle);
}
