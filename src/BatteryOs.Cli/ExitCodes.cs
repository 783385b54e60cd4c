namespace BatteryOs.Cli;

/// <summary>The process exit codes of <c>batteryos</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>The command started but failed (a store or silo error).</summary>
    public const int Failed = 1;

    /// <summary>The input was rejected before anything was written.</summary>
    public const int BadInput = 2;
}
