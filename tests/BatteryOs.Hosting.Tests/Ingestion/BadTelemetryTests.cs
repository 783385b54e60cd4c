using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BatteryOs.Contracts;
using BatteryOs.Model.Ingestion;

namespace BatteryOs.Hosting.Tests.Ingestion;

/// <summary>
/// Every kind of bad telemetry over HTTP: rejected with its reason, counted once under it, and the pack's
/// stored and in-memory state byte for byte as before.
/// </summary>
[Collection(ApiSiloCollection.Name)]
public sealed class BadTelemetryTests(ApiSiloFixture fixture)
{
    private const string Now = "2026-12-03T10:00:00Z";

    private static string Frame(long seq = 4, string timestamp = $"\"{Now}\"", string t = "31.2", string i = "12.5",
        string v = "0.21", string extra = "") =>
        $$"""{"seq": {{seq}}, "timestamp": {{timestamp}}, "temperatureC": {{t}}, """ +
        $$"""  "currentA": {{i}}, "voltageSagV": {{v}}{{extra}}}""";

    public static TheoryData<string, string, RejectReason, int> Cases => new()
    {
        { "malformed JSON", "[" + Frame()[..30], RejectReason.MalformedJson, 1 },
        { "trailing garbage", $"[{Frame()}] x", RejectReason.MalformedJson, 1 },
        { "not an array", Frame(), RejectReason.WrongType, 1 },
        { "seq as a string", $"[{Frame().Replace("\"seq\": 4", "\"seq\": \"4\"")}]", RejectReason.WrongType, 1 },
        { "current as a boolean", $"[{Frame(i: "true")}]", RejectReason.WrongType, 1 },
        { "timestamp as a number", $"[{Frame(timestamp: "1796292000")}]", RejectReason.WrongType, 1 },
        { "timestamp not a date", $"[{Frame(timestamp: "\"yesterday\"")}]", RejectReason.WrongType, 1 },
        { "missing voltage sag", $"[{Frame().Replace(", \"voltageSagV\": 0.21", "")}]", RejectReason.MissingField, 1 },
        { "missing seq", $"[{Frame().Replace("\"seq\": 4, ", "")}]", RejectReason.MissingField, 1 },
        { "NaN literal", $"[{Frame(t: "NaN")}]", RejectReason.MalformedJson, 1 },
        { "NaN as a string", $"[{Frame(t: "\"NaN\"")}]", RejectReason.WrongType, 1 },
        { "Infinity literal", $"[{Frame(i: "Infinity")}]", RejectReason.MalformedJson, 1 },
        { "number too large to be finite", $"[{Frame(t: "1e999")}]", RejectReason.NotFinite, 1 },
        { "temperature above 150 C", $"[{Frame(t: "150.5")}]", RejectReason.OutOfRange, 1 },
        { "current beyond 2000 A", $"[{Frame(i: "-2500")}]", RejectReason.OutOfRange, 1 },
        { "negative voltage sag", $"[{Frame(v: "-0.1")}]", RejectReason.OutOfRange, 1 },
        { "state of charge above 100", $"[{Frame(extra: ", \"socPct\": 101")}]", RejectReason.OutOfRange, 1 },
        { "cell voltage above 5 V", $"[{Frame(extra: ", \"cellVoltagesV\": [3.7, 5.3]")}]",
            RejectReason.OutOfRange, 1 },
        { "cell voltages not numbers", $"[{Frame(extra: ", \"cellVoltagesV\": [\"3.7\"]")}]",
            RejectReason.WrongType, 1 },
        { "seq zero", $"[{Frame(seq: 0)}]", RejectReason.BadSeq, 1 },
        { "negative seq", $"[{Frame(seq: -8)}]", RejectReason.BadSeq, 1 },
        { "fractional seq", $"[{Frame().Replace("\"seq\": 4", "\"seq\": 4.5")}]", RejectReason.BadSeq, 1 },
        { "timestamp far in the future", $"[{Frame(timestamp: "\"2026-12-03T10:05:01Z\"")}]",
            RejectReason.FutureTimestamp, 1 },
        { "one good and one bad frame", $"[{Frame(seq: 4)},{Frame(seq: 5, t: "-80")}]", RejectReason.OutOfRange, 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_telemetry_is_rejected_counted_and_changes_nothing(string name, string body,
        RejectReason reason, int frames)
    {
        var silo = fixture.Silo;
        var id = 4500 + Array.FindIndex(Cases.ToArray(), c => (string)c[0] == name);
        var pack = silo.Grains.GetGrain<IPackGrain>(id);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(id, $"[{Frame(1)},{Frame(2)},{Frame(3)}]")).StatusCode);
        await pack.Checkpoint();
        var stored = await silo.StoredStateAsync(id);
        var summary = silo.Serialize(await pack.GetSummary());
        var before = silo.Instruments.Snapshot();

        var response = await PostAsync(id, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(reason.Label(), problem.GetProperty("reason").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        var after = silo.Instruments.Snapshot();
        Assert.Equal(frames, after.RejectedFor(reason) - before.RejectedFor(reason));
        Assert.Equal(frames, after.RejectedTotal - before.RejectedTotal);
        Assert.Equal(before.Accepted, after.Accepted);
        await pack.Checkpoint();
        Assert.Equal(stored, await silo.StoredStateAsync(id));
        Assert.Equal(summary, silo.Serialize(await pack.GetSummary()));
    }

    private async Task<HttpResponseMessage> PostAsync(long packId, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/packs/{packId}/telemetry")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiSilo.ApiKey);
        return await fixture.Silo.Http.SendAsync(request);
    }
}
