using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;

namespace BatteryOs.Cli.Load;

/// <summary>Reads what the cluster made of a load run: every pack's state and the cluster's ingestion totals.</summary>
internal sealed class LoadCheck(IGrainFactory grains, LoadSettings settings)
{
    private const int CallsInFlight = 64;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>The cluster's ingestion totals (each silo reports every second).</summary>
    public Task<IngestionTotals> TotalsAsync() =>
        grains.GetGrain<IIngestionTotalsGrain>(IIngestionTotalsGrain.Key).Sum();

    /// <summary>Every fed pack's summary, by index from the first pack.</summary>
    public async Task<PackSummary[]> ReadPacksAsync(CancellationToken cancellationToken)
    {
        var packs = new PackSummary[settings.Packs];
        var options = Parallelism(cancellationToken);
        await Parallel.ForAsync(0, settings.Packs, options, async (i, _) =>
            packs[i] = await grains.GetGrain<IPackGrain>(settings.FirstPack + i).GetSummary());
        return packs;
    }

    /// <summary>
    /// Waits until every pack has applied up to its expected last seq, or the deadline passes; returns the
    /// number of packs still short.
    /// </summary>
    public async Task<int> WaitForSeqsAsync(long[] expectedLastSeq, DateTime deadlineUtc, IProgress<int> progress,
        CancellationToken cancellationToken)
    {
        var pending = Enumerable.Range(0, settings.Packs).ToList();
        while (true)
        {
            var reached = new bool[pending.Count];
            var options = Parallelism(cancellationToken);
            await Parallel.ForAsync(0, pending.Count, options, async (j, _) =>
            {
                var pack = await grains.GetGrain<IPackGrain>(settings.FirstPack + pending[j]).GetSummary();
                reached[j] = pack.LastSeq >= expectedLastSeq[pending[j]];
            });
            pending = [.. pending.Where((_, j) => !reached[j])];
            progress.Report(settings.Packs - pending.Count);
            if (pending.Count == 0 || DateTime.UtcNow >= deadlineUtc)
            {
                return pending.Count;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    /// <summary>Waits until the cluster's totals have moved by <paramref name="expected"/>, or the deadline.</summary>
    public async Task<IngestionTotals> WaitForTotalsAsync(IngestionTotals before, Func<IngestionTotals, bool> expected,
        DateTime deadlineUtc, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = await TotalsAsync();
            if (expected(now) || DateTime.UtcNow >= deadlineUtc)
            {
                return now;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static ParallelOptions Parallelism(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = CallsInFlight, CancellationToken = cancellationToken };
}
