namespace BatteryOs.Hosting.Tests.Sqlite;

/// <summary>A SQLite file path unique to one test, removed with its WAL files afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private static readonly string[] Suffixes = ["", "-wal", "-shm"];

    /// <summary>Path of the database file (not created yet).</summary>
    public string Path { get; } = System.IO.Path.Combine(
        System.IO.Path.GetTempPath(), "batteryos-hosting-tests", $"{Guid.NewGuid():N}.db");

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var suffix in Suffixes)
        {
            File.Delete(Path + suffix);
        }
    }
}
