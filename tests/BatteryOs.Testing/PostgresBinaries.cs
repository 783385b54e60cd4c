namespace BatteryOs.Testing;

/// <summary>Finds the PostgreSQL server programs (initdb, pg_ctl) on this machine.</summary>
public static class PostgresBinaries
{
    /// <summary>Where Debian's postgresql packages put each major version's programs.</summary>
    public const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>
    /// The folder holding initdb and pg_ctl: the one on PATH (through its symbolic link, so pg_ctl finds its
    /// server beside it), else the newest version under <see cref="DebianRoot"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed.</exception>
    public static string FindDirectory()
    {
        var fromPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "initdb"))
            .Where(File.Exists)
            .Select(initdb => Path.GetDirectoryName(new FileInfo(initdb).ResolveLinkTarget(true)?.FullName ?? initdb)!);
        var fromDebian = Directory.Exists(DebianRoot)
            ? Directory.GetDirectories(DebianRoot)
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var major) ? major : 0)
                .Select(dir => Path.Combine(dir, "bin"))
            : [];

        return fromPath.Concat(fromDebian).FirstOrDefault(HasServerPrograms)
            ?? throw new InvalidOperationException(
                "PostgreSQL server programs (initdb, pg_ctl) were not found on PATH or in " +
                $"{DebianRoot}/*/bin. tests/run.sh installs them (apt-get install postgresql); " +
                "or install PostgreSQL 15 or later and put its bin folder on PATH.");
    }

    private static bool HasServerPrograms(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));
}
