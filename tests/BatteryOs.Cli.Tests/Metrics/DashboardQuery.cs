using System.Text.RegularExpressions;

namespace BatteryOs.Cli.Tests.Metrics;

/// <summary>
/// A dashboard query made concrete as Grafana makes it before sending it to Prometheus: the template variables
/// replaced by the selected values and Grafana's interval variables by a fixed window.
/// </summary>
internal static partial class DashboardQuery
{
    /// <summary>The range that stands for $__rate_interval, $__interval and $__range.</summary>
    public const string Window = "2m";

    /// <summary>
    /// Replaces $cluster by <paramref name="cluster"/> and $silo by the regular expression Grafana writes for the
    /// selected <paramref name="silos"/>; fails when a variable is left that Grafana would have had to fill.
    /// </summary>
    public static string Concrete(string expression, string cluster, IReadOnlyList<string> silos)
    {
        // Grafana escapes each selected value for a regular expression, inside a PromQL string.
        var siloPattern = $"({string.Join('|', silos.Select(s => Regex.Escape(s).Replace(@"\", @"\\")))})";
        var concrete = expression
            .Replace("$__rate_interval", Window, StringComparison.Ordinal)
            .Replace("$__interval", Window, StringComparison.Ordinal)
            .Replace("$__range", Window, StringComparison.Ordinal)
            .Replace("$cluster", Regex.Escape(cluster).Replace(@"\", @"\\"), StringComparison.Ordinal)
            .Replace("$silo", siloPattern, StringComparison.Ordinal);
        Assert.False(Variable().IsMatch(concrete), $"unknown variable left in {concrete}");
        return concrete;
    }

    /// <summary>Splits a variable's <c>label_values(selector, label)</c> query.</summary>
    public static (string Selector, string Label) LabelValues(string query)
    {
        var match = LabelValuesQuery().Match(query);
        Assert.True(match.Success, $"'{query}' is not label_values(selector, label)");
        return (match.Groups["selector"].Value, match.Groups["label"].Value);
    }

    [GeneratedRegex(@"\$\{?\w+")]
    private static partial Regex Variable();

    [GeneratedRegex(@"^label_values\((?<selector>.+),\s*(?<label>\w+)\)$")]
    private static partial Regex LabelValuesQuery();
}
