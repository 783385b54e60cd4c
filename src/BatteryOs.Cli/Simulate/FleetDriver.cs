using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using Polly;
using Polly.Retry;

namespace BatteryOs.Cli.Simulate;

/// <summary>
/// Drives every pack of a fleet to a target cycle with a bounded number of calls in flight. A failed
/// call is retried: advancing is idempotent toward the target, so a retry never counts twice.
/// </summary>
internal sealed class FleetDriver(IGrainFactory grains, int callsInFlight)
{
    private readonly ResiliencePipeline _retry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            // Bad input is not transient; everything else (timeouts, storage hiccups) may be.
            ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is not ArgumentException),
            MaxRetryAttempts = 5,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromMilliseconds(200),
        })
        .Build();

    /// <summary>Advances packs 0..packs-1 to <paramref name="targetCycle"/>; returns their summaries by id.</summary>
    public Task<PackSummary[]> AdvanceAll(int packs, long targetCycle, SyntheticRun run, IProgress<int> progress,
        CancellationToken cancellationToken) =>
        ForEachPack(packs, id => grains.GetGrain<IPackGrain>(id).AdvanceTo(targetCycle, run), progress,
            cancellationToken);

    /// <summary>Activates packs 0..packs-1, reading their state from the store; returns their summaries.</summary>
    public Task<PackSummary[]> LoadAll(int packs, IProgress<int> progress, CancellationToken cancellationToken) =>
        ForEachPack(packs, id => grains.GetGrain<IPackGrain>(id).GetSummary(), progress, cancellationToken);

    /// <summary>Checkpoints packs 0..packs-1 now.</summary>
    public Task<PackSummary[]> CheckpointAll(int packs, IProgress<int> progress, CancellationToken cancellationToken) =>
        ForEachPack(packs, async id =>
        {
            var pack = grains.GetGrain<IPackGrain>(id);
            await pack.Checkpoint();
            return await pack.GetSummary();
        }, progress, cancellationToken);

    private async Task<PackSummary[]> ForEachPack(int packs, Func<long, Task<PackSummary>> call,
        IProgress<int> progress, CancellationToken cancellationToken)
    {
        var results = new PackSummary[packs];
        var done = 0;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = callsInFlight,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForAsync(0, packs, options, async (id, token) =>
        {
            results[id] = await _retry.ExecuteAsync(async _ => await call(id), token);
            progress.Report(Interlocked.Increment(ref done));
        });
        return results;
    }
}
