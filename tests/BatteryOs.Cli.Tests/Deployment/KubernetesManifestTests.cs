using BatteryOs.Cli.Connection;
using BatteryOs.Hosting.Cluster;
using BatteryOs.Hosting.Telemetry;

namespace BatteryOs.Cli.Tests.Deployment;

/// <summary>deploy/kubernetes agrees with the code: downward API, settings, ports, secret, scrape config.</summary>
public sealed class KubernetesManifestTests
{
    private static readonly ClusterSiloOptions Defaults = new();
    private static readonly YamlTree Silo = KubernetesManifests.Get("Deployment", "batteryos-silo");
    private static readonly YamlTree SiloContainer = KubernetesManifests.Container(Silo);

    [Fact]
    public void The_silo_takes_its_address_and_name_from_the_downward_API()
    {
        var env = KubernetesManifests.Environment(SiloContainer);

        Assert.Equal("status.podIP", env["POD_IP"]["valueFrom"]["fieldRef"]["fieldPath"].Text);
        Assert.Equal("metadata.name", env["POD_NAME"]["valueFrom"]["fieldRef"]["fieldPath"].Text);
        Assert.Equal("$(POD_IP)", env[SiloSettingNames.VariableOf("Silo:AdvertisedAddress")]["value"].Text);
        Assert.Equal("$(POD_NAME)", env[SiloSettingNames.VariableOf("Silo:SiloName")]["value"].Text);
        Assert.Equal("0.0.0.0", env[SiloSettingNames.VariableOf("Silo:HttpAddress")]["value"].Text);
        Assert.Equal(["silo"], SiloContainer["args"].Items.Select(a => a.Text));
    }

    [Fact]
    public void A_stopping_silo_pod_has_the_time_the_command_gives_its_final_checkpoint()
    {
        var seconds = Silo["spec"]["template"]["spec"]["terminationGracePeriodSeconds"].Text;
        var grace = TimeSpan.FromSeconds(int.Parse(seconds));

        Assert.True(grace >= BatteryOsCli.TerminationGrace, $"{grace} after SIGTERM, the command may need more");
    }

    [Fact]
    public void Every_BATTERYOS_variable_of_every_workload_sets_a_setting_the_command_reads()
    {
        var workloads = KubernetesManifests.All.Where(m => m["kind"].Text is "Deployment" or "Job")
            .Where(m => KubernetesManifests.Container(m).Find("env") is not null)
            .ToList();
        var variables = workloads
            .SelectMany(w => KubernetesManifests.Environment(KubernetesManifests.Container(w)).Keys)
            .ToList();

        SiloSettingNames.AssertAllKnown(variables, KubernetesManifests.Folder);
        Assert.Equal(4 + 1, variables.Count(v => SiloSettingNames.KeyOf(v) is not null));
    }

    [Fact]
    public void The_silo_and_the_schema_job_read_the_connection_string_from_the_secret()
    {
        var secret = KubernetesManifests.Get("Secret", "batteryos-postgres");
        var job = KubernetesManifests.Get("Job", "batteryos-db-init");
        foreach (var container in new[] { SiloContainer, KubernetesManifests.Container(job) })
        {
            var reference = KubernetesManifests.Environment(container)[
                SiloSettingNames.VariableOf(CliConfiguration.PostgresKey)]["valueFrom"]["secretKeyRef"];
            Assert.Equal("batteryos-postgres", reference["name"].Text);
            Assert.NotNull(secret["stringData"].Find(reference["key"].Text));
        }

        Assert.Equal(["db", "init"], KubernetesManifests.Container(job)["args"].Items.Select(a => a.Text));
    }

    [Fact]
    public void The_silo_exposes_the_ports_it_listens_on_and_is_probed_on_health()
    {
        var ports = SiloContainer["ports"].Items
            .ToDictionary(p => p["name"].Text, p => int.Parse(p["containerPort"].Text));

        Assert.Equal(Defaults.SiloPort, ports["silo"]);
        Assert.Equal(Defaults.GatewayPort, ports["gateway"]);
        Assert.Equal(Defaults.HttpPort, ports["http"]);
        foreach (var probe in new[] { "readinessProbe", "startupProbe" })
        {
            Assert.Equal("/health", SiloContainer[probe]["httpGet"]["path"].Text);
            Assert.Equal("http", SiloContainer[probe]["httpGet"]["port"].Text);
        }
    }

    [Fact]
    public void The_gateway_service_selects_the_silo_pods_and_targets_their_gateway_port()
    {
        var service = KubernetesManifests.Get("Service", "batteryos-gateway");
        var podLabels = Silo["spec"]["template"]["metadata"]["labels"].Entries;

        Assert.All(service["spec"]["selector"].Entries, s => Assert.Equal(podLabels[s.Key].Text, s.Value.Text));
        var gateway = Assert.Single(service["spec"]["ports"].Items, p => p["name"].Text == "gateway");
        Assert.Equal(Defaults.GatewayPort, int.Parse(gateway["port"].Text));
        Assert.Equal("gateway", gateway["targetPort"].Text);
    }

    [Fact]
    public void Prometheus_keeps_the_silo_pods_http_port_and_labels_cluster_and_instance()
    {
        var config = Assert.Single(YamlTree.ParseAll(
            KubernetesManifests.Get("ConfigMap", "batteryos-prometheus")["data"]["prometheus.yml"].Text));
        var job = Assert.Single(config["scrape_configs"].Items);
        var rules = job["relabel_configs"].Items;
        var podName = Silo["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/name"].Text;

        Assert.Equal(SiloMetrics.Path, job["metrics_path"].Text);
        Assert.Equal("pod", Assert.Single(job["kubernetes_sd_configs"].Items)["role"].Text);
        Assert.Contains(rules, r => r.Find("action")?.Text == "keep" && r["regex"].Text == podName &&
            r["source_labels"].Items[0].Text == "__meta_kubernetes_pod_label_app_kubernetes_io_name");
        Assert.Contains(rules, r => r.Find("action")?.Text == "keep" && r["regex"].Text == "http" &&
            r["source_labels"].Items[0].Text == "__meta_kubernetes_pod_container_port_name");
        Assert.Contains(rules, r => r.Find("target_label")?.Text == "instance");
        Assert.Contains(rules, r => r.Find("target_label")?.Text == "cluster" &&
            r["replacement"].Text == ClusterIdentity.ClusterId);
    }

    [Fact]
    public void The_Prometheus_deployment_reads_the_config_map_where_its_command_line_says()
    {
        var prometheus = KubernetesManifests.Get("Deployment", "batteryos-prometheus");
        var container = KubernetesManifests.Container(prometheus);
        var configFile = Assert.Single(container["args"].Items.Select(a => a.Text),
            a => a.StartsWith("--config.file=", StringComparison.Ordinal))["--config.file=".Length..];
        var mount = Assert.Single(container["volumeMounts"].Items, m => m["name"].Text == "config");
        var volume = Assert.Single(prometheus["spec"]["template"]["spec"]["volumes"].Items,
            v => v["name"].Text == "config");

        Assert.Equal(mount["mountPath"].Text + "/prometheus.yml", configFile);
        Assert.Equal("batteryos-prometheus", volume["configMap"]["name"].Text);
        Assert.Equal("batteryos-prometheus", prometheus["spec"]["template"]["spec"]["serviceAccountName"].Text);
    }

    [Fact]
    public void The_kustomization_lists_every_manifest_file()
    {
        var kustomization = YamlTree.Load($"{KubernetesManifests.Folder}/kustomization.yaml");

        var resources = kustomization["resources"].Items.Select(r => r.Text).Order(StringComparer.Ordinal);
        Assert.Equal(KubernetesManifests.Files, resources);
    }
}
