using System.CommandLine;
using BatteryOs.Cli.Bench;
using BatteryOs.Cli.Calibration;
using BatteryOs.Cli.Connection;
using BatteryOs.Cli.Db;
using BatteryOs.Cli.Load;
using BatteryOs.Cli.Packs;
using BatteryOs.Cli.Replay;
using BatteryOs.Cli.Routing;
using BatteryOs.Cli.Silo;
using BatteryOs.Cli.Simulate;
using BatteryOs.Hosting.Cluster;

namespace BatteryOs.Cli;

/// <summary>The <c>batteryos</c> command line: parsing, dispatch, and exit codes.</summary>
public static class BatteryOsCli
{
    /// <summary>
    /// How long a command may go on after SIGINT or SIGTERM (its token cancelled) before the process is ended:
    /// longer than a silo's own shutdown timeout, so that a silo stopping on SIGTERM, or an embedded run stopping
    /// on Ctrl+C, checkpoints its packs however long the database takes. (The library's default is two seconds.)
    /// </summary>
    public static readonly TimeSpan TerminationGrace = SiloWebApplication.ShutdownTimeout + TimeSpan.FromSeconds(30);

    /// <summary>Runs one command line, writing to the given streams; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error,
        CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("BatteryOs: fleet-scale battery degradation simulation on Orleans.")
        {
            SimulateCommand.Create(output),
            ReplayCommand.Create(output),
            SiloCommand.Create(output),
            PackCommand.Create(output),
            DbCommand.Create(output),
            CalibrateCommand.Create(output),
            PredictCommand.Create(output),
            SweepCommand.Create(output),
            TrainRouterCommand.Create(output),
            BenchCommand.Create(output),
            LoadCommand.Create(output),
        };

        GuardedAction.Apply(root, error);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line naming the first problem; --help shows the full usage.
            await error.WriteLineAsync($"error: {CommandFailure.OneLine(parsed.Errors[0].Message)} (see --help)");
            return ExitCodes.BadInput;
        }

        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = TerminationGrace,
        };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception ex)
        {
            // A synchronous action's failure (asynchronous ones report their own, see GuardedAction).
            return await CommandFailure.ReportAsync(ex, error);
        }
    }
}
