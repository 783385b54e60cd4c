namespace BatteryOs.Testing;

/// <summary>Prometheus rejected a query: it did not parse, or could not be evaluated.</summary>
public sealed class PrometheusQueryException(string query, string error)
    : Exception($"Prometheus rejected '{query}': {error}")
{
    /// <summary>The query as sent.</summary>
    public string Query { get; } = query;
}
