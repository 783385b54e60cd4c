namespace BatteryOs.Testing;

/// <summary>Finds the Prometheus server program on this machine.</summary>
public static class PrometheusBinary
{
    /// <summary>Where Debian's prometheus package installs the server.</summary>
    public const string DebianPath = "/usr/bin/prometheus";

    /// <summary>The <c>prometheus</c> program on PATH, else Debian's.</summary>
    /// <exception cref="InvalidOperationException">Prometheus is not installed.</exception>
    public static string Find()
    {
        var fromPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "prometheus"));
        return fromPath.Append(DebianPath).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "The Prometheus server (prometheus) was not found on PATH or at " + DebianPath +
                ". tests/run.sh installs it (apt-get install prometheus); or put Prometheus 2.x on PATH.");
    }
}
