using System.CommandLine;
using System.CommandLine.Invocation;

namespace BatteryOs.Cli;

/// <summary>
/// A command's asynchronous action as the command-line library needs it for SIGINT and SIGTERM to cancel the
/// command rather than end the process. The library registers its signal handlers only once the action returns
/// its task, so the action yields before any work (a signal in the synchronous start of a command, after it
/// printed its first line, ended the process with exit code 143). And its task ends with an exit code whatever
/// happens: a failure, cancellation included, becomes its line on standard error, since the library waits on the
/// task from its signal handler.
/// </summary>
internal sealed class GuardedAction(AsynchronousCommandLineAction inner, TextWriter error)
    : AsynchronousCommandLineAction
{
    /// <inheritdoc />
    public override async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        try
        {
            return await inner.InvokeAsync(parseResult, cancellationToken);
        }
        catch (Exception ex)
        {
            return await CommandFailure.ReportAsync(ex, error);
        }
    }

    /// <summary>Guards the asynchronous action of <paramref name="command"/> and of every command under it.</summary>
    public static void Apply(Command command, TextWriter error)
    {
        if (command.Action is AsynchronousCommandLineAction action and not GuardedAction)
        {
            command.Action = new GuardedAction(action, error);
        }

        foreach (var subcommand in command.Subcommands)
        {
            Apply(subcommand, error);
        }
    }
}
