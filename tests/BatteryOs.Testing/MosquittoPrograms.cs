namespace BatteryOs.Testing;

/// <summary>Finds Mosquitto's programs: on PATH, else where Debian's packages put them.</summary>
public static class MosquittoPrograms
{
    private static readonly string[] DebianDirectories = ["/usr/sbin", "/usr/bin"];

    /// <summary>The full path of <paramref name="program"/> (mosquitto, mosquitto_passwd).</summary>
    /// <exception cref="InvalidOperationException">Mosquitto is not installed.</exception>
    public static string Find(string program)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(DebianDirectories)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
        return path ?? throw new InvalidOperationException(
            $"{program} was not found on PATH or in {string.Join(", ", DebianDirectories)}. tests/run.sh installs " +
            "it (apt-get install mosquitto); or install Mosquitto 2 and put it on PATH.");
    }
}
