using System.Globalization;

namespace BatteryOs.Testing;

/// <summary>One sample of a Prometheus query result: the series' labels and its value at the query's time.</summary>
/// <param name="Labels">The series' labels (empty for an aggregate without grouping, or a scalar).</param>
/// <param name="Value">The value; NaN and infinities as Prometheus reports them.</param>
public sealed record PrometheusSample(IReadOnlyDictionary<string, string> Labels, double Value)
{
    /// <summary>Parses a value as Prometheus writes it ("1.5", "NaN", "+Inf", "-Inf").</summary>
    public static double ParseValue(string text) => text switch
    {
        "NaN" => double.NaN,
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    /// <inheritdoc />
    public override string ToString()
    {
        var labels = string.Join(", ", Labels.Select(l => $"{l.Key}=\"{l.Value}\""));
        return $"{{{labels}}} {Value.ToString(CultureInfo.InvariantCulture)}";
    }
}
