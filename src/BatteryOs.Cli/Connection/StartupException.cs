namespace BatteryOs.Cli.Connection;

/// <summary>A silo or client could not start: the message names the cause in one line (exit code 1).</summary>
public sealed class StartupException(string message) : Exception(message);
