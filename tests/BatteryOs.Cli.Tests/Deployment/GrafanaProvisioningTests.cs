using System.Reflection;
using System.Text.RegularExpressions;
using BatteryOs.Grains.Metrics;

namespace BatteryOs.Cli.Tests.Deployment;

/// <summary>grafana/: one default Prometheus source; dashboards using it, with cluster and silo variables.</summary>
public sealed partial class GrafanaProvisioningTests
{
    private static readonly IReadOnlyList<GrafanaDashboard> Dashboards = GrafanaFolder.AllDashboards();
    private static readonly string Uid = GrafanaFolder.DataSource()["uid"].Text;

    [Fact]
    public void The_provisioned_data_source_is_the_default_Prometheus_with_a_fixed_uid()
    {
        var source = GrafanaFolder.DataSource();

        Assert.Equal("prometheus", source["type"].Text);
        Assert.Equal("true", source["isDefault"].Text);
        Assert.Equal("batteryos-prometheus", source["uid"].Text);
    }

    [Fact]
    public void Both_dashboards_are_there_with_distinct_uids()
    {
        Assert.Equal(["cluster.json", "fleet.json"], Dashboards.Select(d => d.File));
        Assert.Equal(2, Dashboards.Select(d => d.Root.GetProperty("uid").GetString()).Distinct().Count());
    }

    [Fact]
    public void Every_panel_query_and_variable_names_the_provisioned_data_source_by_uid()
    {
        var uses = Dashboards.SelectMany(d => d.Panels.Select(p => (d.File, p.GetProperty("datasource")))
            .Concat(d.Queries.Select(q => (d.File, q.Target.GetProperty("datasource"))))
            .Concat(d.Variables.Select(v => (d.File, v.GetProperty("datasource"))))).ToList();

        Assert.True(uses.Count > 40, $"only {uses.Count} data source references");
        Assert.All(uses, use =>
        {
            Assert.Equal("prometheus", use.Item2.GetProperty("type").GetString());
            Assert.Equal(Uid, use.Item2.GetProperty("uid").GetString());
        });
    }

    [Fact]
    public void Every_dashboard_has_cluster_and_silo_variables_and_every_query_selects_on_both()
    {
        foreach (var dashboard in Dashboards)
        {
            Assert.Equal(["cluster", "silo"], dashboard.Variables.Select(v => v.GetProperty("name").GetString()));
            Assert.All(dashboard.Queries, q =>
            {
                var selectors = MetricSelector().Matches(q.Expression);
                Assert.NotEmpty(selectors);
                Assert.All(selectors, s => Assert.Contains("cluster=~\"$cluster\", instance=~\"$silo\"", s.Value));
            });
        }
    }

    [Fact]
    public void The_fleet_dashboard_shows_every_simulation_instrument()
    {
        var instruments = typeof(SimulationInstruments).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(SimulationInstruments.ExpertLabel))
            .Select(f => ((string)f.GetRawConstantValue()!).Replace('.', '_'))
            .ToList();
        var fleet = Assert.Single(Dashboards, d => d.File == "fleet.json");
        var families = fleet.Queries.SelectMany(q => MetricSelector().Matches(q.Expression))
            .Select(m => m.Groups["name"].Value)
            .ToList();

        Assert.Equal(9, instruments.Count);
        Assert.All(instruments, i => Assert.Contains(families, f => f.StartsWith(i, StringComparison.Ordinal)));
    }

    // A metric name followed by its label selector: name{labels}.
    [GeneratedRegex(@"(?<name>[a-z_][a-z0-9_]*)\{(?<labels>[^}]*)\}")]
    private static partial Regex MetricSelector();
}
