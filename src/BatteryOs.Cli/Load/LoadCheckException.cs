namespace BatteryOs.Cli.Load;

/// <summary>A load run's figures disagree (something lost or counted twice): exit code 1.</summary>
public sealed class LoadCheckException(string message) : Exception(message);
