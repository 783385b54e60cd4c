using System.Diagnostics;
using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;

namespace BatteryOs.Cli.Bench;

/// <summary>Calls every pack of a fleet with a bounded number of calls in flight, timing each call.</summary>
internal sealed class BenchDriver(IGrainFactory grains, int callsInFlight)
{
    private readonly PackGrains _packs = new(grains);

    /// <summary>Pack <paramref name="id"/>.</summary>
    public IPackGrain Pack(long id) => _packs.Get(id);

    /// <summary>Calls packs 0..packs-1, recording each call's latency when a recorder is given.</summary>
    public async Task ForEachPack(int packs, Func<long, Task<PackSummary>> call, IProgress<int> progress,
        LatencyRecorder? latencies, CancellationToken cancellationToken)
    {
        var done = 0;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = callsInFlight,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForAsync(0, packs, options, async (id, _) =>
        {
            var start = Stopwatch.GetTimestamp();
            await call(id);
            latencies?.Record(start);
            if (Interlocked.Increment(ref done) % 1024 == 0)
            {
                progress.Report(done);
            }
        });
    }

    /// <summary>
    /// The sum of every pack's raw SoH, added in pack order (to compare with the plain loop exactly).
    /// </summary>
    public async Task<double> SohSums(int packs, CancellationToken cancellationToken)
    {
        var soh = new double[packs];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = callsInFlight,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForAsync(0, packs, options, async (id, _) => soh[id] = (await Pack(id).GetSummary()).SohPct);
        return soh.Sum();
    }
}
