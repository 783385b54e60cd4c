using System.CommandLine;
using BatteryOs.Cli.Replay;
using BatteryOs.Cli.Simulate;

namespace BatteryOs.Cli;

/// <summary>The <c>batteryos</c> command line: parsing, dispatch, and exit codes.</summary>
public static class BatteryOsCli
{
    /// <summary>Runs one command line, writing to the given streams; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error,
        CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("BatteryOs: fleet-scale battery degradation simulation on Orleans.")
        {
            SimulateCommand.Create(output),
            ReplayCommand.Create(output),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line naming the first problem; --help shows the full usage.
            await error.WriteLineAsync($"error: {parsed.Errors[0].Message} (see --help)");
            return ExitCodes.BadInput;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = output, Error = error };
            return await parsed.InvokeAsync(configuration, cancellationToken);
        }
        catch (UsageException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }
}
