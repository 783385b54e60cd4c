using System.CommandLine;
using System.Net;
using BatteryOs.Cli.Connection;
using BatteryOs.Hosting.Cluster;
using BatteryOs.Hosting.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace BatteryOs.Cli.Silo;

/// <summary><c>batteryos silo</c>: runs one member of a PostgreSQL-backed cluster until SIGINT or SIGTERM.</summary>
internal static class SiloCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var configuration = CliConfiguration.Load();
        var defaults = configuration.GetSection(ClusterSiloOptions.SectionName).Get<ClusterSiloOptions>()
            ?? new ClusterSiloOptions();
        var cluster = new Option<string>("--cluster")
        {
            Description = "Clustering and storage provider.",
            DefaultValueFactory = _ => "postgres",
        };
        cluster.AcceptOnlyFromAmong("postgres");
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string." };
        var siloPort = Port("--silo-port", "Silo-to-silo port.", defaults.SiloPort);
        var gatewayPort = Port("--gateway-port", "Client gateway port.", defaults.GatewayPort);
        var httpPort = Port("--http-port", "HTTP port (/health, /metrics and the API).", defaults.HttpPort);
        var mqtt = MqttEndpoint.Option(
            "MQTT broker to take pack telemetry from (credentials from Mqtt:Username and Mqtt:Password).");
        var advertise = Address("--advertise",
            "Address other silos and clients reach this silo at (POD_IP in Kubernetes).", defaults.AdvertisedAddress);
        var httpAddress = Address("--http-address",
            "Address the HTTP port binds to (0.0.0.0 in a container).", defaults.HttpAddress);
        var name = new Option<string?>("--name")
        {
            Description = "The silo's name in Orleans and its metrics (POD_NAME in Kubernetes; default: ip:port).",
            DefaultValueFactory = _ => defaults.SiloName,
        };

        var command = new Command("silo", "Run one cluster member on PostgreSQL until SIGINT or SIGTERM.")
        {
            cluster, postgres, siloPort, gatewayPort, httpPort, advertise, httpAddress, name, mqtt,
        };
        command.SetAction((result, token) => RunAsync(
            CliConfiguration.Postgres(result.GetValue(postgres), configuration),
            new ClusterSiloOptions
            {
                SiloPort = result.GetValue(siloPort),
                GatewayPort = result.GetValue(gatewayPort),
                HttpPort = result.GetValue(httpPort),
                AdvertisedAddress = result.GetValue(advertise)!,
                HttpAddress = result.GetValue(httpAddress)!,
                SiloName = string.IsNullOrWhiteSpace(result.GetValue(name)) ? null : result.GetValue(name),
            },
            WithMqtt(configuration, result.GetValue(mqtt)), output));
        return command;
    }

    private static async Task<int> RunAsync(string postgres, ClusterSiloOptions options, IConfiguration configuration,
        TextWriter output)
    {
        await using var app = ClusterSilo.Build(postgres, options, configuration);
        await StartupErrors.Explain(postgres, async () =>
        {
            await app.StartAsync();
            return true;
        });
        var mqtt = configuration.GetSection(MqttOptions.SectionName).Get<MqttOptions>() is { Enabled: true } m
            ? $", mqtt {m.Endpoint}"
            : "";
        await output.WriteLineAsync(
            $"Silo {options.AdvertisedAddress}:{options.SiloPort} is up (gateway {options.GatewayPort}, " +
            $"http {options.HttpPort}{mqtt}, cluster {PostgresTarget.Describe(postgres)}); " +
            "SIGINT or SIGTERM stops it.");
        await app.WaitForShutdownAsync();
        await app.StopAsync();
        await output.WriteLineAsync("Silo stopped; every pack was checkpointed.");
        return ExitCodes.Ok;
    }

    // --mqtt wins over Mqtt:Host and Mqtt:Port from appsettings.json or the environment.
    private static IConfiguration WithMqtt(IConfiguration configuration, MqttEndpoint? mqtt) => mqtt is null
        ? configuration
        : new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                [$"{MqttOptions.SectionName}:{nameof(MqttOptions.Host)}"] = mqtt.Host,
                [$"{MqttOptions.SectionName}:{nameof(MqttOptions.Port)}"] = $"{mqtt.Port}",
            }).Build();

    private static Option<string> Address(string name, string description, string defaultValue)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r =>
        {
            if (!IPAddress.TryParse(r.GetValueOrDefault<string>(), out _))
            {
                r.AddError($"{name} must be an IP address, not '{r.GetValueOrDefault<string>()}'.");
            }
        });
        return option;
    }

    private static Option<int> Port(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out var port) && port is < 1 or > 65535)
            {
                r.AddError($"{name} must be a port between 1 and 65535, not {port}.");
            }
        });
        return option;
    }
}
