using System.Text.Json;
using System.Text.Json.Serialization;

namespace BatteryOs.Model.Chemistry;

/// <summary>Reads and writes chemistry parameter sets as JSON (camelCase, unknown fields rejected).</summary>
public static class ChemistryJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    /// <summary>Parses and validates one parameter set; <paramref name="origin"/> names it in errors.</summary>
    /// <exception cref="ChemistryParameterException">
    /// Malformed JSON, a missing or unknown field, or a bad value.
    /// </exception>
    public static ChemistryParameters Parse(string json, string origin)
    {
        ChemistryParameters? parameters;
        try
        {
            parameters = JsonSerializer.Deserialize<ChemistryParameters>(json, Options);
        }
        catch (JsonException ex)
        {
            // The serializer's message names the field (its JSON path or the missing property).
            throw new ChemistryParameterException($"{origin}: {ex.Message}", ex);
        }

        if (parameters is null)
        {
            throw new ChemistryParameterException($"{origin}: holds null, not a parameter object");
        }

        ChemistryValidator.Validate(parameters, origin);
        return parameters;
    }

    /// <summary>Reads and validates a parameter file.</summary>
    /// <exception cref="ChemistryParameterException">The file is missing or unusable.</exception>
    public static ChemistryParameters Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ChemistryParameterException($"parameter file '{path}' does not exist");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>The parameter set as indented JSON.</summary>
    public static string Serialize(ChemistryParameters parameters) =>
        JsonSerializer.Serialize(parameters, Options);
}
