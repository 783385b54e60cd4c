namespace BatteryOs.Cli.Tests.Deployment;

/// <summary>Files of the repository the tests were built from (found upward from the test binaries).</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository's top folder: the one holding BatteryOs.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of <paramref name="relativePath"/> (forward slashes, optionally starting "./").</summary>
    public static string PathOf(string relativePath) => System.IO.Path.GetFullPath(
        System.IO.Path.Combine(Root, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar)));

    /// <summary>The text of <paramref name="relativePath"/>.</summary>
    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "BatteryOs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No BatteryOs.sln above {AppContext.BaseDirectory}.");
    }
}
