using BatteryOs.Cli.Tests.Deployment;
using BatteryOs.Hosting.Cluster;

namespace BatteryOs.Cli.Tests.Metrics;

/// <summary>
/// Every query of every panel of grafana/dashboards, evaluated by a real Prometheus that scraped a real silo: it
/// must parse and return data, so a query naming a metric the code does not emit fails.
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class DashboardQueryTests(ScrapedFleet fleet)
{
    private static readonly IReadOnlyList<GrafanaDashboard> Dashboards = GrafanaFolder.AllDashboards();

    [Fact]
    public async Task Every_panel_query_parses_and_returns_a_finite_value()
    {
        var queries = Dashboards.SelectMany(d => d.Queries).ToList();
        var failures = new List<string>();
        foreach (var query in queries)
        {
            var promql = DashboardQuery.Concrete(query.Expression, ClusterIdentity.ClusterId, [fleet.Instance]);
            try
            {
                var samples = await fleet.QueryAsync(promql);
                if (!samples.Any(s => double.IsFinite(s.Value)))
                {
                    failures.Add($"{query}: no finite value in [{string.Join("; ", samples)}]");
                }
            }
            catch (Testing.PrometheusQueryException ex)
            {
                failures.Add($"{query}: {ex.Message}");
            }
        }

        Assert.True(queries.Count >= 40, $"only {queries.Count} queries");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task The_cluster_and_silo_variables_list_the_scraped_cluster_and_silo()
    {
        foreach (var dashboard in Dashboards)
        {
            var values = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var variable in dashboard.Variables)
            {
                var (selector, label) = DashboardQuery.LabelValues(GrafanaDashboard.VariableQuery(variable));
                var concrete = DashboardQuery.Concrete(selector, ClusterIdentity.ClusterId, [fleet.Instance]);
                values[variable.GetProperty("name").GetString()!] =
                    await fleet.Prometheus.LabelValuesAsync(label, concrete);
            }

            Assert.Equal([ClusterIdentity.ClusterId], values["cluster"]);
            Assert.Equal([fleet.Instance], values["silo"]);
        }
    }
}
