using BatteryOs.Model.Physics.Calibration;

namespace BatteryOs.Cli.Calibration;

/// <summary>
/// The cells of a NASA data directory: one <c>NAME.csv</c> per cell at its top level. Subdirectories
/// (such as <c>noisy/</c>, runs with control-software faults) are never read.
/// </summary>
internal static class NasaDataDirectory
{
    /// <summary>Reads the chosen cells (all when <paramref name="cells"/> is null), in the order given.</summary>
    /// <exception cref="UsageException">
    /// The directory is missing or empty, a cell is unknown, or a file is bad.
    /// </exception>
    public static IReadOnlyList<CellHistory> Load(string directory, string? cells, double ratedCapacityAh)
    {
        var available = Available(directory);
        var chosen = cells is null ? available : Choose(cells, available, directory);
        return [.. chosen.Select(name => NasaCellCsv.Read(Path.Combine(directory, name + ".csv"), ratedCapacityAh))];
    }

    /// <summary>The cell names the directory holds, sorted.</summary>
    public static List<string> Available(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"data directory '{directory}' does not exist");
        }

        var names = Directory.GetFiles(directory, "*.csv", SearchOption.TopDirectoryOnly)
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();
        return names.Count > 0
            ? names
            : throw new UsageException($"data directory '{directory}' holds no cell CSV files");
    }

    private static List<string> Choose(string cells, List<string> available, string directory)
    {
        var chosen = new List<string>();
        foreach (var token in cells.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = available.FirstOrDefault(a => string.Equals(a, token, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException(
                    $"unknown cell '{token}' in {directory} (available: {string.Join(", ", available)})");
            if (!chosen.Contains(name))
            {
                chosen.Add(name);
            }
        }

        return chosen.Count > 0 ? chosen : throw new UsageException("--cells names no cell");
    }
}
