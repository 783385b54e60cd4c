using System.Reflection;
using System.Text.RegularExpressions;

namespace BatteryOs.Hosting.Postgres;

/// <summary>One embedded schema script, with the tables it creates and the query keys it stores.</summary>
internal sealed partial class PostgresSchemaScript
{
    private const string ResourcePrefix = "BatteryOs.Hosting.Schema.postgres/";

    private PostgresSchemaScript(string area, string fileName)
    {
        Area = area;
        ResourceName = ResourcePrefix + fileName;
        Text = ReadResource(ResourceName);
        Tables = [.. CreatedTable().Matches(Text).Select(m => m.Groups[1].Value.ToLowerInvariant())];
        QueryKeys = [.. StoredQuery().Matches(Text).Select(m => m.Groups[1].Value)];
        Functions = [.. CreatedFunction().Matches(Text).Select(m => m.Groups[1].Value.ToLowerInvariant())];
    }

    /// <summary>Every script, in the order they must run: the query table first.</summary>
    public static IReadOnlyList<PostgresSchemaScript> All { get; } =
    [
        new("main", "Main.sql"),
        new("storage", "Persistence.sql"),
        new("clustering", "Clustering.sql"),
        new("reminder", "Reminders.sql"),
    ];

    /// <summary>What the script is for, as reports name it: main, storage, clustering or reminder.</summary>
    public string Area { get; }

    /// <summary>The embedded resource's logical name.</summary>
    public string ResourceName { get; }

    /// <summary>The SQL text.</summary>
    public string Text { get; }

    /// <summary>Tables the script creates when missing, in lower case as PostgreSQL names them.</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>Keys of the queries the script stores in OrleansQuery.</summary>
    public IReadOnlyList<string> QueryKeys { get; }

    /// <summary>The functions the script creates or replaces, lower-case as PostgreSQL stores them.</summary>
    public IReadOnlyList<string> Functions { get; }

    private static string ReadResource(string logicalName)
    {
        // The logical name embeds the folder as MSBuild spells it, which uses '\' when built on Windows.
        var assembly = typeof(PostgresSchemaScript).Assembly;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => string.Equals(n.Replace('\\', '/'), logicalName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource '{logicalName}' is missing from {assembly}.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^CREATE TABLE IF NOT EXISTS (\w+)", RegexOptions.Multiline)]
    private static partial Regex CreatedTable();

    [GeneratedRegex(@"^CREATE OR REPLACE FUNCTION (\w+)", RegexOptions.Multiline)]
    private static partial Regex CreatedFunction();

    [GeneratedRegex(@"^INSERT INTO OrleansQuery \(QueryKey, QueryText\) VALUES \('(\w+)'", RegexOptions.Multiline)]
    private static partial Regex StoredQuery();
}
