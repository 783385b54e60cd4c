namespace BatteryOs.Cli;

/// <summary>Checks an output path before any work, so a typo fails fast with exit code 2.</summary>
internal static class OutputFile
{
    /// <summary>Throws unless the file's directory exists and the path is not a directory.</summary>
    /// <exception cref="UsageException">The path cannot be written.</exception>
    public static void CheckWritable(string path, string option)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new UsageException($"{option} '{path}' is a directory, not a file");
        }

        var directory = Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new UsageException($"{option} '{path}': directory '{directory}' does not exist");
        }
    }

    /// <summary>Checks a <c>--report</c> path when one is given.</summary>
    /// <exception cref="UsageException">The path cannot be written.</exception>
    public static void CheckReport(string? path)
    {
        if (path is not null)
        {
            CheckWritable(path, "--report");
        }
    }
}
