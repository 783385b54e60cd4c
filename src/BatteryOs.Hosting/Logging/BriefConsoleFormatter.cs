using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace BatteryOs.Hosting.Logging;

/// <summary>
/// One line per log entry: time, level, category and message, and for an exception only its type and
/// message down the inner-exception chain. Operators read what went wrong; stack traces stay out of
/// the console (run with Logging:Console:FormatterName=simple to see them).
/// </summary>
public sealed class BriefConsoleFormatter() : ConsoleFormatter(Name)
{
    /// <summary>The formatter's registered name.</summary>
    public new const string Name = "brief";

    /// <inheritdoc />
    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider,
        TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        textWriter.Write($"{DateTime.UtcNow:HH:mm:ss.fff} {Level(logEntry.LogLevel)} {logEntry.Category}: ");
        textWriter.Write(message.ReplaceLineEndings(" "));
        for (var ex = logEntry.Exception; ex is not null; ex = ex.InnerException)
        {
            textWriter.Write($" [{ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}]");
        }

        textWriter.WriteLine();
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
