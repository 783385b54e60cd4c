using System.Text.Json;
using System.Text.Json.Serialization;
using BatteryOs.Model.Experts;

namespace BatteryOs.Model.Gating.Learned;

/// <summary>Reads and writes router files (JSON, camelCase, unknown fields refused, every value checked).</summary>
public static class LearnedGateFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Parses and checks a router file's text; <paramref name="origin"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">
    /// Malformed JSON, a missing field, or a value that does not fit.
    /// </exception>
    public static LearnedGateParameters Parse(string json, string origin)
    {
        LearnedGateParameters? parameters;
        try
        {
            parameters = JsonSerializer.Deserialize<LearnedGateParameters>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{origin}: {ex.Message}", ex);
        }

        if (parameters is null)
        {
            throw new InvalidDataException($"{origin}: holds null, not a router");
        }

        if (Problem(parameters) is { } problem)
        {
            throw new InvalidDataException($"{origin}: {problem}");
        }

        return parameters;
    }

    /// <summary>Reads and checks a router file.</summary>
    /// <exception cref="InvalidDataException">The file is missing or unusable.</exception>
    public static LearnedGateParameters Load(string path) => File.Exists(path)
        ? Parse(File.ReadAllText(path), path)
        : throw new InvalidDataException($"router file '{path}' does not exist");

    /// <summary>The router as indented JSON.</summary>
    public static string Serialize(LearnedGateParameters parameters) => JsonSerializer.Serialize(parameters, Options);

    /// <summary>
    /// Describes the first problem, or returns null when the router fits this build's experts and features.
    /// </summary>
    public static string? Problem(LearnedGateParameters p)
    {
        var experts = ExpertCatalog.All.Select(e => e.Name).ToArray();
        if (p.Experts is null || !p.Experts.SequenceEqual(experts))
        {
            return $"experts must be [{string.Join(", ", experts)}], the catalog in order";
        }

        if (p.Features is null || !p.Features.SequenceEqual(GateInput.Names))
        {
            return $"features must be [{string.Join(", ", GateInput.Names)}]";
        }

        var (e, f) = (experts.Length, GateInput.Count);
        return Vector("featureMean", p.FeatureMean, f)
            ?? Vector("featureScale", p.FeatureScale, f)
            ?? (p.FeatureScale.Any(s => s <= 0) ? "featureScale must be positive" : null)
            ?? Matrix("weights", p.Weights, e, f)
            ?? Vector("bias", p.Bias, e)
            ?? Matrix("noiseWeights", p.NoiseWeights, e, f)
            ?? Vector("noiseBias", p.NoiseBias, e)
            ?? Vector("expertSlopes", p.ExpertSlopes, e)
            ?? (p.K < 1 || p.K > e ? $"k must be between 1 and {e}, not {p.K}" : null)
            ?? (string.IsNullOrWhiteSpace(p.Source) ? "source must be a non-empty string" : null);
    }

    private static string? Vector(string name, double[]? values, int length) =>
        values is null || values.Length != length ? $"{name} must hold {length} numbers"
        : values.All(double.IsFinite) ? null : $"{name} must be finite";

    private static string? Matrix(string name, double[][]? rows, int count, int length) =>
        rows is null || rows.Length != count ? $"{name} must hold {count} rows"
        : rows.Select((row, i) => Vector($"{name}[{i}]", row, length)).FirstOrDefault(p => p is not null);
}
