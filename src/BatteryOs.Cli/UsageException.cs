namespace BatteryOs.Cli;

/// <summary>Bad input from the user: reported as one line, exit code 2, nothing written.</summary>
public sealed class UsageException(string message) : Exception(message);
