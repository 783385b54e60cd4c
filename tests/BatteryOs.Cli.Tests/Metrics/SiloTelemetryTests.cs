using BatteryOs.Hosting.Cluster;
using BatteryOs.Hosting.Telemetry;

namespace BatteryOs.Cli.Tests.Metrics;

/// <summary>What a silo exports besides the simulation: its resource, Orleans, ASP.NET Core and the runtime.</summary>
[Collection(MetricsCollection.Name)]
public sealed class SiloTelemetryTests(ScrapedFleet fleet)
{
    [Fact]
    public async Task The_resource_names_the_service_the_cluster_and_the_silo()
    {
        var target = Assert.Single(await fleet.QueryAsync($"target_info{{instance=\"{fleet.Instance}\"}}"));

        Assert.Equal(SiloMetrics.ServiceName, target.Labels["service_name"]);
        Assert.Equal(ClusterIdentity.ClusterId, target.Labels["service_namespace"]);
        Assert.Equal(ScrapedFleet.SiloName, target.Labels["service_instance_id"]);
        Assert.StartsWith("127.0.0.1:", target.Labels["batteryos_silo_endpoint"]);
    }

    [Fact]
    public async Task Orleans_meter_counts_the_pack_activations()
    {
        Assert.Equal(ScrapedFleet.Packs, await fleet.ValueAsync("sum(orleans_grains{grain_type=\"pack\"})"));
        Assert.Equal(1, await fleet.ValueAsync("max(orleans_consistent_ring_size)"));
    }

    [Fact]
    public async Task The_Orleans_instruments_that_walk_every_activation_are_not_exported()
    {
        var families = SiloMetrics.UnexportedOrleansInstruments.Select(i => i.Replace('-', '_')).ToList();
        var present = await fleet.QueryAsync($"count by (__name__) ({{__name__=~\"{string.Join('|', families)}\"}})");

        Assert.Equal(2, families.Count);
        Assert.Empty(present);
        Assert.NotEmpty(await fleet.QueryAsync("orleans_directory_partition_size"));
    }

    [Fact]
    public async Task ASP_NET_Core_and_runtime_metrics_are_exported()
    {
        var scrapes = await fleet.ValueAsync(
            $"sum(http_server_request_duration_seconds_count{{http_route=\"{SiloMetrics.Path}\"}})");

        Assert.True(scrapes >= 2, $"{scrapes} scrapes of {SiloMetrics.Path} recorded");
        Assert.Equal(Environment.ProcessorCount, await fleet.ValueAsync("dotnet_process_cpu_count"));
    }
}
