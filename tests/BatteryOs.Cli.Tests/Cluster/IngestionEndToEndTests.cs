using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BatteryOs.Hosting.Postgres;
using BatteryOs.Testing;

namespace BatteryOs.Cli.Tests.Cluster;

/// <summary>
/// Live telemetry through real `batteryos silo` processes on a real PostgreSQL, from a real Mosquitto broker
/// and over HTTP: every frame applied once, every bad message rejected and counted, keys and credentials kept.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class IngestionEndToEndTests(PostgresServer postgres, MosquittoServer broker) : IDisposable
{
    private const string ApiKey = "e2e-key-0123456789abcdef";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Broker => $"{MosquittoServer.Host}:{broker.Port}";

    private static Dictionary<string, string> KeyEnvironment() => new() { ["BATTERYOS__INGESTION__APIKEY"] = ApiKey };

    private async Task<string> FreshDatabaseAsync(string name)
    {
        var database = await postgres.CreateDatabaseAsync(name);
        await PostgresSchema.ApplyAsync(database, CancellationToken.None);
        return database;
    }

    [Fact]
    public async Task Load_through_a_silo_and_a_broker_applies_every_frame_once_and_counts_every_rejection()
    {
        var database = await FreshDatabaseAsync("ingest_load");
        await using var silo = await SiloProcess.StartAsync(database, KeyEnvironment(), "--mqtt", Broker);
        Assert.Contains($"mqtt {Broker}", silo.Output);

        var run = await CliRun.Of("load", "--mqtt", Broker, "--packs", "40", "--rate", "600", "--seconds", "3",
            "--bad-every", "20", "--duplicate-every", "15", "--postgres", database, "--report", _dir.File("load.json"));

        Assert.True(run.ExitCode == 0, $"load failed: {run.Error}\n{run.Output}\n{silo.Output}");
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(_dir.File("load.json")));
        var r = report.RootElement;
        long Get(string name) => r.GetProperty(name).GetInt64();
        Assert.Equal(1800, Get("published"));
        Assert.Equal(90, Get("badSent"));
        Assert.True(Get("duplicatesSent") > 0);
        Assert.Equal(Get("validSent"), Get("accepted"));
        Assert.Equal(Get("validSent"), Get("applied"));
        Assert.Equal(Get("validSent"), Get("cyclesAdded"));
        Assert.Equal(Get("badSent"), Get("rejected"));
        Assert.Equal(Get("duplicatesSent"), Get("duplicates"));
        Assert.Equal(0, Get("packsShort"));
        Assert.Equal(9, r.GetProperty("rejectedByReason").EnumerateObject().Count());
        Assert.Contains("OK: accepted = applied", run.Output);

        // What a user reads back: pack 5 applied exactly the frames it was sent, in seq order, no gap.
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{silo.HttpPort}") };
        var pack = JsonDocument.Parse(await http.GetStringAsync("/api/packs/5")).RootElement;
        Assert.Equal(pack.GetProperty("lastSeq").GetInt64(), pack.GetProperty("cycle").GetInt64());
        Assert.Equal(pack.GetProperty("cycle").GetInt64(), pack.GetProperty("ingestedFrames").GetInt64());
        Assert.Equal(0, pack.GetProperty("gaps").GetInt64());
        var fleet = JsonDocument.Parse(await http.GetStringAsync("/api/fleet")).RootElement;
        Assert.Equal(Get("applied"), fleet.GetProperty("ingestion").GetProperty("applied").GetInt64());
    }

    [Fact]
    public async Task Two_silos_share_the_subscription_and_every_frame_is_applied_once_in_order()
    {
        var database = await FreshDatabaseAsync("ingest_two_silos");
        await using var first = await SiloProcess.StartAsync(database, "--mqtt", Broker);
        await using var second = await SiloProcess.StartAsync(database, "--mqtt", Broker);

        // The broker alternates silos per message. An odd number of packs splits each pack's frames between
        // the silos (they reach the pack from both, in whatever order); every 7th message bad puts bad ones
        // on both.
        var run = await CliRun.Of("load", "--mqtt", Broker, "--packs", "41", "--rate", "500", "--seconds", "3",
            "--bad-every", "7", "--duplicate-every", "9", "--postgres", database, "--report", _dir.File("two.json"));

        Assert.True(run.ExitCode == 0, $"load failed: {run.Error}\n{run.Output}");
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(_dir.File("two.json")));
        var r = report.RootElement;
        Assert.Equal(r.GetProperty("validSent").GetInt64(), r.GetProperty("applied").GetInt64());
        Assert.Equal(r.GetProperty("duplicatesSent").GetInt64(), r.GetProperty("duplicates").GetInt64());
        Assert.Equal(0, r.GetProperty("skippedSeqs").GetInt64());

        // Bad messages are counted where they arrive: both silos took a share, together every one.
        var rejectedBy = new List<long>();
        foreach (var silo in new[] { first, second })
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{silo.HttpPort}") };
            var fleet = JsonDocument.Parse(await http.GetStringAsync("/api/fleet")).RootElement;
            rejectedBy.Add(fleet.GetProperty("thisSilo").GetProperty("rejected").GetInt64());
        }

        Assert.All(rejectedBy, count => Assert.True(count > 0, $"bad per silo: {string.Join(", ", rejectedBy)}"));
        Assert.Equal(r.GetProperty("badSent").GetInt64(), rejectedBy.Sum());
    }

    [Fact]
    public async Task Http_writes_on_a_silo_process_need_the_key_and_are_read_back()
    {
        var database = await FreshDatabaseAsync("ingest_http");
        await using var silo = await SiloProcess.StartAsync(database, KeyEnvironment());
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{silo.HttpPort}") };
        const string body = """
            [{"seq": 1, "timestamp": "2026-01-01T00:00:00Z", "temperatureC": 30, "currentA": 10, "voltageSagV": 0.2},
             {"seq": 2, "timestamp": "2026-01-01T00:01:00Z", "temperatureC": 31, "currentA": 11, "voltageSagV": 0.2}]
            """;

        var refused = await http.PostAsync("/api/packs/9/telemetry", new StringContent(body, Encoding.UTF8,
            "application/json"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/packs/9/telemetry")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", ApiKey) },
        };
        var accepted = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var pack = JsonDocument.Parse(await http.GetStringAsync("/api/packs/9")).RootElement;
        Assert.Equal(2, pack.GetProperty("cycle").GetInt64());
        Assert.Equal(2, pack.GetProperty("lastSeq").GetInt64());
        Assert.DoesNotContain(ApiKey, silo.Output);
    }

    [Fact]
    public async Task A_silo_refused_by_the_broker_says_so_in_one_line_without_the_password()
    {
        var database = await FreshDatabaseAsync("ingest_login");
        await using var guarded = await MosquittoServer.WithLogin("silo", "right-horse-battery");
        var endpoint = $"{MosquittoServer.Host}:{guarded.Port}";
        var wrong = new Dictionary<string, string>
        {
            ["BATTERYOS__MQTT__USERNAME"] = "silo",
            ["BATTERYOS__MQTT__PASSWORD"] = "wrong-staple-77",
        };

        var (code, output) = await SiloProcess.RunUntilExitAsync(database, wrong, "--mqtt", endpoint);
        await using var admitted = await SiloProcess.StartAsync(database, new Dictionary<string, string>
        {
            ["BATTERYOS__MQTT__USERNAME"] = "silo",
            ["BATTERYOS__MQTT__PASSWORD"] = "right-horse-battery",
        }, "--mqtt", endpoint);

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var error = Assert.Single(lines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains(endpoint, error);
        Assert.DoesNotContain("wrong-staple-77", output);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.Contains("Taking telemetry from MQTT broker", admitted.Output);
        Assert.DoesNotContain("right-horse-battery", admitted.Output);
    }

    [Fact]
    public async Task A_silo_whose_broker_is_unreachable_names_it_and_exits()
    {
        var database = await FreshDatabaseAsync("ingest_nobroker");
        var port = Hosting.FreePorts.Take(1)[0];

        var (code, output) = await SiloProcess.RunUntilExitAsync(database, new Dictionary<string, string>(),
            "--mqtt", $"127.0.0.1:{port}");

        Assert.Equal(1, code);
        Assert.Contains($"cannot use the MQTT broker at 127.0.0.1:{port}", output);
    }
}
