namespace BatteryOs.Cli.Tests;

/// <summary>The NASA cell files shipped in the repository's data/nasa folder.</summary>
internal static class NasaData
{
    /// <summary>The folder, found by walking up from the test assembly to the repository root.</summary>
    public static string Directory { get; } = Find();

    /// <summary>One cell's file.</summary>
    public static string Cell(string name) => Path.Combine(Directory, name + ".csv");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BatteryOs.sln")))
            {
                return Path.Combine(dir.FullName, "data", "nasa");
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no BatteryOs.sln above them.");
    }
}
