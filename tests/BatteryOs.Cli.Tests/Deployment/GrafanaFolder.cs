namespace BatteryOs.Cli.Tests.Deployment;

/// <summary>grafana/: the provisioning files and the dashboards they load.</summary>
internal static class GrafanaFolder
{
    /// <summary>The dashboards folder in the repository.</summary>
    public const string Dashboards = "grafana/dashboards";

    /// <summary>The one provisioned data source.</summary>
    public static YamlTree DataSource() =>
        Assert.Single(YamlTree.Load("grafana/provisioning/datasources/prometheus.yml")["datasources"].Items);

    /// <summary>Where the one dashboard provider reads dashboards from, inside the Grafana container.</summary>
    public static string DashboardProviderPath()
    {
        var provider = Assert.Single(YamlTree.Load("grafana/provisioning/dashboards/batteryos.yml")["providers"].Items);
        Assert.Equal("file", provider["type"].Text);
        return provider["options"]["path"].Text;
    }

    /// <summary>Every dashboard of <see cref="Dashboards"/>.</summary>
    public static IReadOnlyList<GrafanaDashboard> AllDashboards() =>
        [.. Directory.GetFiles(RepositoryFiles.PathOf(Dashboards), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(GrafanaDashboard.Load)];
}
