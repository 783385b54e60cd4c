using System.Diagnostics;
using BatteryOs.Cli.Console;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Ingestion;
using Spectre.Console;

namespace BatteryOs.Cli.Load;

/// <summary>
/// One load run: read every pack's last seq, publish at the rate for the duration (watching the cluster's
/// applied count meanwhile), wait until every frame is reflected, and compare every figure.
/// </summary>
internal sealed class LoadRun(LoadSettings settings, IGrainFactory grains, IAnsiConsole console)
{
    private readonly LoadCheck _check = new(grains, settings);

    /// <summary>Runs the load through <paramref name="publisher"/> and reports.</summary>
    public async Task<LoadReport> ExecuteAsync(LoadPublisher publisher, CancellationToken token)
    {
        var before = await _check.ReadPacksAsync(token);
        var totalsBefore = await _check.TotalsAsync();
        var schedule = new LoadSchedule(settings, [.. before.Select(p => p.LastSeq)]);

        var clock = Stopwatch.StartNew();
        var backlog = await Phase("Publishing", settings.Messages,
            (task, t) => PublishAsync(publisher, schedule, totalsBefore, task, t), token);
        var publishSeconds = clock.Elapsed.TotalSeconds;

        var deadline = DateTime.UtcNow.AddSeconds(settings.SettleSeconds);
        var short_ = await Phase("Settling", settings.Packs, (task, t) => _check.WaitForSeqsAsync(schedule.LastSent,
            deadline, new Progress<int>(done => task.Value = done), t), token);
        var endToEnd = clock.Elapsed.TotalSeconds;
        var totals = await _check.WaitForTotalsAsync(totalsBefore,
            now => Delta(now, totalsBefore) is var d && d.Applied >= schedule.Valid
                && d.RejectedTotal >= schedule.Bad && d.Duplicates >= schedule.Duplicates,
            DateTime.UtcNow.AddSeconds(3) > deadline ? DateTime.UtcNow.AddSeconds(3) : deadline, token);
        var after = await _check.ReadPacksAsync(token);

        return LoadFigures.Report(settings, schedule, publisher, Delta(totals, totalsBefore),
            after.Zip(before, (a, b) => a.Cycle - b.Cycle).Sum(), short_, publishSeconds, endToEnd, backlog);
    }

    private static IngestionTotals Delta(IngestionTotals now, IngestionTotals before) => new()
    {
        Accepted = now.Accepted - before.Accepted,
        Applied = now.Applied - before.Applied,
        Duplicates = now.Duplicates - before.Duplicates,
        SkippedSeqs = now.SkippedSeqs - before.SkippedSeqs,
        Rejected = [.. RejectReasons.All.Select(r => now.RejectedFor(r) - before.RejectedFor(r))],
    };

    private async Task<long> PublishAsync(LoadPublisher publisher, LoadSchedule schedule, IngestionTotals before,
        ProgressTask task, CancellationToken token)
    {
        // Once a second, how far the cluster's applied count trails the valid frames sent.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(token);
        long maxBacklog = 0;
        var watch = Task.Run(async () =>
        {
            using var tick = new PeriodicTimer(TimeSpan.FromSeconds(1));
            try
            {
                while (await tick.WaitForNextTickAsync(stop.Token))
                {
                    var applied = (await _check.TotalsAsync()).Applied - before.Applied;
                    maxBacklog = Math.Max(maxBacklog, schedule.Valid - applied);
                    task.Description = $"Publishing (applied {applied:N0})";
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        }, CancellationToken.None);

        var clock = Stopwatch.StartNew();
        for (long i = 0; i < settings.Messages; i++)
        {
            var wait = i * 1000.0 / settings.Rate - clock.Elapsed.TotalMilliseconds;
            if (wait >= 1)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(wait), token);
            }

            var (topic, payload) = schedule.Next(i, DateTimeOffset.UtcNow);
            await publisher.PublishAsync(topic, payload, token);
            if ((i & 1023) == 0)
            {
                task.Value = i;
            }
        }

        await publisher.FlushAsync(token);
        await stop.CancelAsync();
        await watch;
        return maxBacklog;
    }

    private async Task<T> Phase<T>(string label, long total, Func<ProgressTask, CancellationToken, Task<T>> work,
        CancellationToken token) =>
        await PhaseProgress.RunAsync(console, label, total, (ProgressTask task) => work(task, token));
}
