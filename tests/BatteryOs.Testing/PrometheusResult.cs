using System.Text.Json;

namespace BatteryOs.Testing;

/// <summary>Reads the <c>data</c> of a Prometheus instant query answer.</summary>
internal static class PrometheusResult
{
    /// <summary>The samples of a vector or scalar result.</summary>
    /// <exception cref="InvalidOperationException">The result is of another type (a range vector).</exception>
    public static IReadOnlyList<PrometheusSample> Samples(JsonElement data)
    {
        var type = data.GetProperty("resultType").GetString();
        var result = data.GetProperty("result");
        return type switch
        {
            "vector" => [.. result.EnumerateArray()
                .Select(s => new PrometheusSample(Labels(s), Value(s.GetProperty("value"))))],
            "scalar" => [new PrometheusSample(new Dictionary<string, string>(), Value(result))],
            _ => throw new InvalidOperationException($"An instant query gave a {type} result; panels need a vector."),
        };
    }

    private static Dictionary<string, string> Labels(JsonElement sample) =>
        sample.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");

    // [unix time, "value"]
    private static double Value(JsonElement pair) => PrometheusSample.ParseValue(pair[1].GetString()!);
}
