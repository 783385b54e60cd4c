using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using Polly;
using Polly.Retry;

namespace BatteryOs.Cli.Simulate;

/// <summary>
/// Drives every pack of a fleet to a target cycle with a bounded number of calls in flight. A failed
/// call is retried: advancing is idempotent toward the target, so a retry never counts twice.
/// </summary>
internal sealed class FleetDriver
{
    private readonly PackGrains _packs;
    private readonly int _callsInFlight;
    private readonly ResiliencePipeline _retry;
    private long _retries;

    /// <summary>A driver keeping at most <paramref name="callsInFlight"/> pack calls in flight.</summary>
    public FleetDriver(IGrainFactory grains, int callsInFlight)
    {
        _packs = new PackGrains(grains);
        _callsInFlight = callsInFlight;
        _retry = new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            // Bad input is not transient; everything else may be: a storage hiccup, a database restart, or
            // a dead silo whose packs answer only once the cluster has declared it dead (tens of seconds).
            ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is not ArgumentException),
            MaxRetryAttempts = 15,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromMilliseconds(200),
            MaxDelay = TimeSpan.FromSeconds(5),
            OnRetry = _ =>
            {
                Interlocked.Increment(ref _retries);
                return ValueTask.CompletedTask;
            },
        })
        .Build();
    }

    /// <summary>Runs one call under the driver's retries (the call must be idempotent).</summary>
    public async Task<T> Retry<T>(Func<Task<T>> call, CancellationToken cancellationToken) =>
        await _retry.ExecuteAsync(async _ => await call(), cancellationToken);

    /// <summary>Calls retried so far after a failure.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Advances packs 0..packs-1 to <paramref name="targetCycle"/>; returns their summaries by id.</summary>
    public Task<PackSummary[]> AdvanceAll(int packs, long targetCycle, SyntheticRun run, IProgress<int> progress,
        CancellationToken cancellationToken) =>
        ForEachPack(packs, id => _packs.Get(id).AdvanceTo(targetCycle, run), progress,
            cancellationToken);

    /// <summary>Activates packs 0..packs-1, reading their state from the store; returns their summaries.</summary>
    public Task<PackSummary[]> LoadAll(int packs, IProgress<int> progress, CancellationToken cancellationToken) =>
        ForEachPack(packs, id => _packs.Get(id).GetSummary(), progress, cancellationToken);

    /// <summary>Checkpoints packs 0..packs-1 now.</summary>
    public Task<PackSummary[]> CheckpointAll(int packs, IProgress<int> progress, CancellationToken cancellationToken) =>
        ForEachPack(packs, id => _packs.Get(id).Checkpoint(), progress, cancellationToken);

    private async Task<PackSummary[]> ForEachPack(int packs, Func<long, Task<PackSummary>> call,
        IProgress<int> progress, CancellationToken cancellationToken)
    {
        var results = new PackSummary[packs];
        var done = 0;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = _callsInFlight,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForAsync(0, packs, options, async (id, token) =>
        {
            results[id] = await Retry(() => call(id), token);
            progress.Report(Interlocked.Increment(ref done));
        });
        return results;
    }
}
