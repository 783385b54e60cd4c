using Spectre.Console;

namespace BatteryOs.Cli.Console;

/// <summary>
/// One phase of a long command under a progress bar. On a terminal the bar is live; on redirected output
/// (logs, scripts) a line naming the phase is printed as it starts, since Spectre's plain rendering prints
/// only at 25 % milestones on a one-second tick and may print nothing for a phase that is quick.
/// </summary>
internal static class PhaseProgress
{
    /// <summary>Runs <paramref name="work"/> under a task named <paramref name="label"/> of
    /// <paramref name="total"/> units.</summary>
    public static async Task<T> RunAsync<T>(IAnsiConsole console, string label, long total,
        Func<ProgressTask, Task<T>> work)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            console.WriteLine($"{label}...");
        }

        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(label, maxValue: total);
                var result = await work(task);
                task.Value = total;
                return result;
            });
    }

    /// <summary>As the other overload, for work that reports how many units are done.</summary>
    public static Task<T> RunAsync<T>(IAnsiConsole console, string label, long total,
        Func<IProgress<int>, Task<T>> work) =>
        RunAsync(console, label, total,
            (ProgressTask task) => work(new Progress<int>(done => task.Value = Math.Max(task.Value, done))));
}
