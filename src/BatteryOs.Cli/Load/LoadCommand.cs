using System.CommandLine;
using System.Net;
using System.Text.Json;
using BatteryOs.Cli.Connection;
using BatteryOs.Cli.Console;
using BatteryOs.Cli.Silo;
using BatteryOs.Hosting.Cluster;
using BatteryOs.Hosting.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace BatteryOs.Cli.Load;

/// <summary>
/// <c>batteryos load</c>: publishes pack telemetry to an MQTT broker on this machine at a given rate, then
/// checks through the cluster that every frame was applied once and every bad message rejected and counted.
/// </summary>
internal static class LoadCommand
{
    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var mqtt = MqttEndpoint.Option("MQTT broker on this machine (loopback only), host:port.");
        mqtt.Required = true;
        var packs = Bounded("--packs", 1, 1_000_000, "Packs to feed (ids from --first-pack).", 10_000);
        var rate = Bounded("--rate", 1, 200_000, "Messages published per second.", 20_000);
        var seconds = Bounded("--seconds", 1, 3_600, "How long to publish.", 60);
        var firstPack = CommonOptions.AtLeast("--first-pack", 0L, "The first pack id.", 0L);
        var badEvery = Bounded("--bad-every", 0, 1_000_000, "Make every Nth message invalid (0: none).", 0);
        var duplicateEvery = Bounded("--duplicate-every", 0, 1_000_000,
            "Make every Nth message repeat its pack's previous frame (0: none).", 0);
        var inFlight = Bounded("--in-flight", 1, 65_535, "Publishes awaiting the broker's acknowledgement.", 256);
        var settle = Bounded("--settle-seconds", 1, 600, "How long to wait for the cluster afterwards.", 60);
        var postgres = new Option<string?>("--postgres")
        {
            Description = "The cluster's PostgreSQL connection string.",
        };
        var report = new Option<string?>("--report") { Description = "Write a JSON report to this file." };
        var command = new Command("load", "Publish pack telemetry over MQTT and check the cluster took every frame.")
        {
            mqtt, packs, rate, seconds, firstPack, badEvery, duplicateEvery, inFlight, settle, postgres, report,
        };
        command.SetAction((result, token) =>
        {
            var configuration = CliConfiguration.Load();
            var settings = new LoadSettings(result.GetValue(mqtt)!, result.GetValue(packs), result.GetValue(rate),
                result.GetValue(seconds), result.GetValue(firstPack), result.GetValue(badEvery),
                result.GetValue(duplicateEvery), result.GetValue(inFlight), result.GetValue(settle),
                CliConfiguration.Postgres(result.GetValue(postgres), configuration), result.GetValue(report));
            return RunAsync(settings, configuration, output, token);
        });
        return command;
    }

    private static async Task<int> RunAsync(LoadSettings settings, IConfiguration configuration, TextWriter output,
        CancellationToken token)
    {
        RequireLoopback(settings.Mqtt);
        OutputFile.CheckReport(settings.ReportPath);
        if (settings.BadEvery == 1 || settings.DuplicateEvery == 1)
        {
            throw new UsageException("--bad-every and --duplicate-every must be 0 (off) or at least 2");
        }

        var console = CliConsole.Create(output);
        var mqtt = configuration.GetSection(MqttOptions.SectionName).Get<MqttOptions>() ?? new MqttOptions();
        await using var client = await StartupErrors.Explain(settings.Postgres,
            () => ClusterClient.ConnectAsync(settings.Postgres, LogLevel.Warning, token));
        await using var publisher = await LoadPublisher.ConnectAsync(settings.Mqtt, mqtt.Username, mqtt.Password,
            settings.InFlight, token);

        var report = await new LoadRun(settings, client.Client, console).ExecuteAsync(publisher, token);
        LoadPrinter.Print(console, report);
        if (settings.ReportPath is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, ReportJson), token);
        }

        if (!report.Ok)
        {
            throw new LoadCheckException($"load check failed: {string.Join("; ", report.Problems)}");
        }

        return ExitCodes.Ok;
    }

    // The generator floods whatever it is pointed at: only a broker on this machine may be the target.
    private static void RequireLoopback(MqttEndpoint broker)
    {
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(broker.Host, out var ip) ? [ip] : Dns.GetHostAddresses(broker.Host);
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            throw new UsageException($"cannot resolve --mqtt host '{broker.Host}': {ex.Message}");
        }

        if (addresses.Length == 0 || !addresses.All(IPAddress.IsLoopback))
        {
            throw new UsageException(
                $"--mqtt {broker} is not a loopback address: the load generator only publishes to this machine " +
                "(127.0.0.0/8, ::1, localhost)");
        }
    }

    private static Option<int> Bounded(string name, int min, int max, string description, int defaultValue)
    {
        var option = new Option<int>(name) { Description = $"{description} [{min}..{max}]" };
        option.DefaultValueFactory = _ => defaultValue;
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out var value) && (value < min || value > max))
            {
                r.AddError($"{name} must be between {min} and {max}, not {value}.");
            }
        });
        return option;
    }
}
