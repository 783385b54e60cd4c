using Microsoft.Extensions.Logging;

namespace BatteryOs.Hosting.Logging;

/// <summary>Console logging shared by silos and clients.</summary>
public static class LoggingBuilderExtensions
{
    /// <summary>
    /// Logs to standard error, one line per entry (<see cref="BriefConsoleFormatter"/>), at
    /// <paramref name="minimumLevel"/> and above; the watchdog's late-timer warnings are dropped.
    /// </summary>
    public static ILoggingBuilder AddBatteryOsConsole(this ILoggingBuilder logging, LogLevel minimumLevel)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(minimumLevel);
        logging.AddConsole(c =>
        {
            c.FormatterName = BriefConsoleFormatter.Name;
            c.LogToStandardErrorThreshold = LogLevel.Trace;
        });
        logging.AddConsoleFormatter<BriefConsoleFormatter,
            Microsoft.Extensions.Logging.Console.ConsoleFormatterOptions>();

        // The watchdog warns when its own timer fires late; on a busy 2-core machine (or after the
        // clock jumps) that is noise, not a fault.
        logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        return logging;
    }
}
