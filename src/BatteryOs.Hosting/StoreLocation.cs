namespace BatteryOs.Hosting;

/// <summary>Where an embedded silo keeps grain state: in memory, or in a SQLite file.</summary>
public sealed record StoreLocation
{
    /// <summary>The command-line word for the in-memory store.</summary>
    public const string MemoryWord = "memory";

    private StoreLocation(string? sqlitePath) => SqlitePath = sqlitePath;

    /// <summary>The SQLite file, or null for the in-memory store.</summary>
    public string? SqlitePath { get; }

    /// <summary>True for the in-memory store.</summary>
    public bool IsMemory => SqlitePath is null;

    /// <summary>The in-memory store (state is lost when the process ends).</summary>
    public static StoreLocation Memory { get; } = new((string?)null);

    /// <summary>A SQLite file store; the path is made absolute.</summary>
    public static StoreLocation Sqlite(string path) => new(Path.GetFullPath(path));

    /// <summary>Parses <c>memory</c> or a file path.</summary>
    public static StoreLocation Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("The store must be 'memory' or a file path.");
        }

        return string.Equals(text, MemoryWord, StringComparison.OrdinalIgnoreCase) ? Memory : Sqlite(text);
    }

    /// <inheritdoc />
    public override string ToString() => SqlitePath ?? MemoryWord;
}
