using BatteryOs.Cli.Connection;
using BatteryOs.Hosting.Cluster;
using BatteryOs.Hosting.Postgres;
using BatteryOs.Hosting.Telemetry;
using Npgsql;

namespace BatteryOs.Cli.Tests.Deployment;

/// <summary>docker-compose.yml agrees with the code: images, ports, settings, mounts and scrape targets.</summary>
public sealed class ComposeFileTests
{
    private const string InitScripts = "/docker-entrypoint-initdb.d/";
    private static readonly ComposeFile Compose = ComposeFile.Load();
    private static readonly ClusterSiloOptions Defaults = new();

    [Fact]
    public void Three_silos_run_the_image_built_from_the_repository_Dockerfile()
    {
        Assert.Equal(["silo1", "silo2", "silo3"], Compose.Silos);
        Assert.True(File.Exists(RepositoryFiles.PathOf("Dockerfile")));
        foreach (var silo in Compose.Silos)
        {
            Assert.Equal(".", Compose.Services[silo]["build"].Text);
            Assert.Equal("batteryos:latest", Compose.Services[silo]["image"].Text);
        }

        Assert.Equal("batteryos:latest", Compose.Services["fleet"]["image"].Text);
        Assert.Equal("simulate", Compose.Services["fleet"]["command"].Items[0].Text);
    }

    [Fact]
    public void A_stopping_silo_container_has_the_time_the_command_gives_its_final_checkpoint()
    {
        foreach (var silo in Compose.Silos)
        {
            var grace = Compose.StopGracePeriod(silo);
            Assert.True(grace >= BatteryOsCli.TerminationGrace,
                $"{silo} is killed {grace} after SIGTERM; it may need {BatteryOsCli.TerminationGrace}");
        }
    }

    [Fact]
    public void Every_BATTERYOS_variable_sets_a_setting_the_silo_reads()
    {
        var variables = Compose.Services.Keys.SelectMany(s => Compose.Environment(s).Keys).ToList();

        SiloSettingNames.AssertAllKnown(variables, ComposeFile.RelativePath);
        Assert.Equal(3 * 4 + 1, variables.Count(v => SiloSettingNames.KeyOf(v) is not null));
    }

    [Fact]
    public void Each_silo_advertises_its_own_network_address_listens_on_every_interface_and_is_named()
    {
        var advertised = new List<string>();
        foreach (var silo in Compose.Silos)
        {
            var environment = Compose.Environment(silo);
            var address = environment[SiloSettingNames.VariableOf("Silo:AdvertisedAddress")];
            Assert.Equal(Compose.Services[silo]["networks"]["batteryos"]["ipv4_address"].Text, address);
            Assert.Equal("0.0.0.0", environment[SiloSettingNames.VariableOf("Silo:HttpAddress")]);
            Assert.Equal(silo, environment[SiloSettingNames.VariableOf("Silo:SiloName")]);
            advertised.Add(address);
        }

        Assert.Equal(3, advertised.Distinct().Count());
    }

    [Fact]
    public void Published_ports_lead_to_the_gateway_and_HTTP_ports_a_silo_listens_on()
    {
        foreach (var silo in Compose.Silos)
        {
            var containerPorts = Compose.Ports(silo).Select(p => p.Container).Order();
            Assert.Equal([Defaults.HttpPort, Defaults.GatewayPort], containerPorts);
        }

        var hostPorts = Compose.Services.Keys.SelectMany(s => Compose.Ports(s).Select(p => p.Host)).ToList();
        Assert.Equal(hostPorts.Count, hostPorts.Distinct().Count());
    }

    [Fact]
    public void The_connection_string_names_the_postgres_service_with_its_user_password_and_database()
    {
        var postgres = Compose.Environment("postgres");
        foreach (var service in Compose.Silos.Append("fleet"))
        {
            var connection = new NpgsqlConnectionStringBuilder(
                Compose.Environment(service)[SiloSettingNames.VariableOf(CliConfiguration.PostgresKey)]);
            Assert.Equal("postgres", connection.Host);
            Assert.Equal(5432, connection.Port);
            Assert.Equal(postgres["POSTGRES_USER"], connection.Username);
            Assert.Equal(postgres["POSTGRES_PASSWORD"], connection.Password);
            Assert.Equal(postgres["POSTGRES_DB"], connection.Database);
        }

        var image = Compose.Services["postgres"]["image"].Text;
        Assert.True(int.Parse(image.Split(':')[1]) >= PostgresSchema.MinimumServerVersion.Major, image);
    }

    [Fact]
    public void PostgreSQL_runs_every_schema_script_in_the_order_db_init_applies_them()
    {
        var scripts = ComposeSchemaScripts();

        Assert.Equal(PostgresSchemaScript.All.Select(s => Path.GetFileName(s.ResourceName)),
            scripts.Select(Path.GetFileName));
        Assert.All(scripts, s => Assert.True(File.Exists(RepositoryFiles.PathOf(s)), s));
    }

    [Fact]
    public void Prometheus_scrapes_every_silo_on_its_HTTP_port_with_the_cluster_label()
    {
        var config = PrometheusConfigFile();
        var job = Assert.Single(config["scrape_configs"].Items);
        var group = Assert.Single(job["static_configs"].Items);

        Assert.Equal(SiloMetrics.Path, job["metrics_path"].Text);
        Assert.Equal(Compose.Silos.Select(s => $"{s}:{Defaults.HttpPort}"), group["targets"].Items.Select(t => t.Text));
        Assert.Equal(ClusterIdentity.ClusterId, group["labels"]["cluster"].Text);
    }

    [Fact]
    public async Task Prometheus_accepts_its_configuration()
    {
        var (code, output) = await ExternalTool.RunAsync("promtool", "check", "config", PrometheusConfigPath());

        Assert.True(code == 0, output);
        Assert.Contains("SUCCESS", output);
    }

    [Fact]
    public void Grafana_is_provisioned_from_the_grafana_folder_and_opens_on_the_fleet_dashboard()
    {
        var mounts = Compose.Volumes("grafana").ToDictionary(v => v.Target, v => v.Source);
        Assert.Equal("./grafana/provisioning", mounts["/etc/grafana/provisioning"]);
        Assert.Equal("./grafana/dashboards", mounts[GrafanaFolder.DashboardProviderPath()]);

        var home = Compose.Environment("grafana")["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"];
        Assert.True(File.Exists(RepositoryFiles.PathOf(RepositoryPathOf("grafana", home))), home);
        Assert.Equal("fleet.json", Path.GetFileName(home));
        Assert.Equal("true", Compose.Environment("grafana")["GF_AUTH_ANONYMOUS_ENABLED"]);
    }

    [Fact]
    public void Grafanas_data_source_is_the_prometheus_service_on_its_port()
    {
        var url = new Uri(GrafanaFolder.DataSource()["url"].Text);

        Assert.Equal("prometheus", url.Host);
        Assert.Contains(Compose.Ports("prometheus"), p => p.Container == url.Port);
    }

    [Fact]
    public async Task docker_compose_accepts_the_file()
    {
        var (code, output) = await ExternalTool.RunAsync("docker-compose", "-f", ComposeFile.RelativePath,
            "config", "-q");

        Assert.True(code == 0, output);
    }

    /// <summary>The repository paths of the schema scripts PostgreSQL runs on first start, in its order.</summary>
    internal static IReadOnlyList<string> ComposeSchemaScripts() => [.. Compose.Volumes("postgres")
        .Where(v => v.Target.StartsWith(InitScripts, StringComparison.Ordinal))
        .OrderBy(v => v.Target, StringComparer.Ordinal)
        .Select(v => v.Source)];

    private static string PrometheusConfigPath()
    {
        var command = Compose.Services["prometheus"]["command"].Items.Select(i => i.Text);
        var file = Assert.Single(command, c => c.StartsWith("--config.file=", StringComparison.Ordinal));
        return RepositoryFiles.PathOf(RepositoryPathOf("prometheus", file["--config.file=".Length..]));
    }

    private static YamlTree PrometheusConfigFile() =>
        Assert.Single(YamlTree.ParseAll(File.ReadAllText(PrometheusConfigPath())));

    // The repository file a service sees at containerPath through its bind mounts.
    private static string RepositoryPathOf(string service, string containerPath)
    {
        var mount = Assert.Single(Compose.Volumes(service),
            v => containerPath == v.Target || containerPath.StartsWith(v.Target + "/", StringComparison.Ordinal));
        return mount.Source + containerPath[mount.Target.Length..];
    }
}
