using System.Net;
using BatteryOs.Cli.Connection;
using BatteryOs.Cli.Tests.Cluster;
using BatteryOs.Cli.Tests.Deployment;
using BatteryOs.Hosting.Telemetry;
using Npgsql;

namespace BatteryOs.Cli.Tests.Metrics;

/// <summary>
/// docker-compose.yml's way of starting, without Docker: the schema scripts run as the postgres image runs its
/// init scripts, then a silo started with silo1's environment alone.
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class ComposeDatabaseTests(ScrapedFleet fleet)
{
    [Fact]
    public async Task A_database_and_a_silo_set_up_as_compose_does_it_serve_health_and_metrics()
    {
        var database = await fleet.Postgres.CreateDatabaseAsync("compose");
        await RunInitScriptsAsync(database);
        var init = await CliRun.Of("db", "init", "--postgres", database);
        Assert.True(init.ExitCode == 0, init.Error);
        Assert.DoesNotContain("created", init.Output);

        var environment = ComposeFile.Load().Environment("silo1").ToDictionary();
        environment[SiloSettingNames.VariableOf(CliConfiguration.PostgresKey)] = database;
        // The container's own network address; here, loopback.
        environment[SiloSettingNames.VariableOf("Silo:AdvertisedAddress")] = "127.0.0.1";
        await using var silo = await SiloProcess.StartConfiguredAsync(environment);

        using var http = new HttpClient();
        var health = await http.GetAsync(new Uri($"http://127.0.0.1:{silo.HttpPort}/health"));
        var metrics = await http.GetStringAsync(new Uri($"http://127.0.0.1:{silo.HttpPort}{SiloMetrics.Path}"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("service_instance_id=\"silo1\"", metrics);
    }

    // As the postgres image runs /docker-entrypoint-initdb.d: each file through psql, stopping at the first error.
    private async Task RunInitScriptsAsync(string database)
    {
        var target = new NpgsqlConnectionStringBuilder(database);
        var psql = Path.Combine(fleet.Postgres.BinDirectory, "psql");
        var scripts = ComposeFileTests.ComposeSchemaScripts();
        Assert.Equal(4, scripts.Count);
        foreach (var script in scripts)
        {
            var (code, output) = await ExternalTool.RunAsync(psql, "-v", "ON_ERROR_STOP=1", "--no-psqlrc", "-q",
                "-h", target.Host!, "-p", $"{target.Port}", "-U", target.Username!, "-d", target.Database!,
                "-f", RepositoryFiles.PathOf(script));
            Assert.True(code == 0, $"{script}: {output}");
        }
    }
}
