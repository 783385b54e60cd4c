using BatteryOs.Cli.Connection;
using BatteryOs.Cli.Load;

namespace BatteryOs.Cli;

/// <summary>What a command's exception means to its user: one line on standard error and an exit code.</summary>
internal static class CommandFailure
{
    /// <summary>Writes the line for <paramref name="exception"/> and returns its exit code.</summary>
    public static async Task<int> ReportAsync(Exception exception, TextWriter error)
    {
        switch (exception)
        {
            case UsageException or ArgumentException:
                // Rejected input, by the command or by a grain (an unknown model, a pack on another model).
                await error.WriteLineAsync($"error: {OneLine(exception.Message)}");
                return ExitCodes.BadInput;
            case StartupException or LoadCheckException:
                await error.WriteLineAsync($"error: {exception.Message}");
                return ExitCodes.Failed;
            case OperationCanceledException:
                await error.WriteLineAsync("error: cancelled");
                return ExitCodes.Failed;
            default:
                await error.WriteLineAsync($"error: {exception.GetType().Name}: {OneLine(exception.Message)}");
                return ExitCodes.Failed;
        }
    }

    /// <summary>A message on one line.</summary>
    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
