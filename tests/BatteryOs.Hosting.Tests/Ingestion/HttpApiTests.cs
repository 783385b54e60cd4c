using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Ingestion;

namespace BatteryOs.Hosting.Tests.Ingestion;

/// <summary>The HTTP API of a real (in-process) silo: writes with a key, reads, and every refusal inert.</summary>
[Collection(ApiSiloCollection.Name)]
public sealed class HttpApiTests(ApiSiloFixture fixture)
{
    private ApiSilo Silo => fixture.Silo;

    private static string Frame(long seq, string timestamp = "2026-12-03T10:00:00Z", string t = "31.2",
        string extra = "") =>
        $$"""{"seq": {{seq}}, "timestamp": "{{timestamp}}", "temperatureC": {{t}}, """ +
        $$"""  "currentA": 12.5, "voltageSagV": 0.21{{extra}}}""";

    private static string Batch(long first, long last) =>
        "[" + string.Join(",", Enumerable.Range((int)first, (int)(last - first + 1)).Select(s => Frame(s))) + "]";

    private async Task<HttpResponseMessage> PostAsync(string packId, string body, string? key = ApiSilo.ApiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/packs/{packId}/telemetry")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await Silo.Http.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    [Fact]
    public async Task A_batch_with_the_key_is_applied_and_the_pack_shows_it()
    {
        var response = await PostAsync("4001", Batch(1, 20));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await JsonAsync(response);
        Assert.Equal(20, result.GetProperty("accepted").GetInt32());
        Assert.Equal(20, result.GetProperty("applied").GetInt32());
        var pack = await JsonAsync(await Silo.Http.GetAsync("/api/packs/4001"));
        Assert.Equal(20, pack.GetProperty("cycle").GetInt64());
        Assert.Equal(20, pack.GetProperty("lastSeq").GetInt64());
        Assert.Equal(20, pack.GetProperty("ingestedFrames").GetInt64());
        Assert.Equal(3, pack.GetProperty("recentRouting").GetArrayLength());
        Assert.Equal(60, pack.GetProperty("routingCounts").EnumerateObject().Sum(p => p.Value.GetInt64()));
        Assert.True(pack.GetProperty("sohSmoothedPct").GetDouble() > 0);
        Assert.Equal("2026-12-03T10:00:00+00:00", pack.GetProperty("lastTimestamp").GetString());
    }

    [Fact]
    public async Task A_redelivered_batch_counts_duplicates_and_changes_nothing()
    {
        await PostAsync("4002", Batch(1, 5));
        await Silo.Grains.GetGrain<Contracts.IPackGrain>(4002).Checkpoint();
        var stored = await Silo.StoredStateAsync(4002);

        var again = await JsonAsync(await PostAsync("4002", Batch(1, 5)));

        Assert.Equal(5, again.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, again.GetProperty("applied").GetInt32());
        await Silo.Grains.GetGrain<Contracts.IPackGrain>(4002).Checkpoint();
        Assert.Equal(stored, await Silo.StoredStateAsync(4002));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-key-0123456789")]
    [InlineData("")]
    public async Task A_write_without_the_right_key_is_401_and_applies_nothing(string? key)
    {
        var before = Silo.Instruments.Snapshot();

        var response = await PostAsync("4003", Batch(1, 3), key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("unauthorized", (await JsonAsync(response)).GetProperty("reason").GetString());
        Assert.Equal(1, Silo.Instruments.Snapshot().RejectedFor(RejectReason.Unauthorized)
            - before.RejectedFor(RejectReason.Unauthorized));
        Assert.Equal(HttpStatusCode.NotFound, (await Silo.Http.GetAsync("/api/packs/4003")).StatusCode);
    }

    [Theory]
    [InlineData("-3")]
    [InlineData("abc")]
    [InlineData("007")]
    [InlineData("99999999999999999999")]
    [InlineData("1.5")]
    public async Task Pack_ids_that_are_not_non_negative_whole_numbers_are_400(string id)
    {
        var post = await PostAsync(id, Batch(1, 1));
        var get = await Silo.Http.GetAsync($"/api/packs/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal("bad_pack_id", (await JsonAsync(post)).GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_and_applies_nothing()
    {
        var before = Silo.Instruments.Snapshot();
        var body = Batch(1, 60);
        Assert.True(body.Length > ApiSilo.MaxHttpPayloadBytes);

        var response = await PostAsync("4004", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("oversize", (await JsonAsync(response)).GetProperty("reason").GetString());
        Assert.Equal(1, Silo.Instruments.Snapshot().RejectedFor(RejectReason.Oversize)
            - before.RejectedFor(RejectReason.Oversize));
        Assert.Equal(HttpStatusCode.NotFound, (await Silo.Http.GetAsync("/api/packs/4004")).StatusCode);
    }

    [Fact]
    public async Task The_fleet_summary_shows_this_silos_ingestion()
    {
        var before = await JsonAsync(await Silo.Http.GetAsync("/api/fleet"));
        await PostAsync("4005", Batch(1, 4));

        var after = await JsonAsync(await Silo.Http.GetAsync("/api/fleet"));

        long Accepted(JsonElement fleet) => fleet.GetProperty("thisSilo").GetProperty("accepted").GetInt64();
        Assert.Equal(4, Accepted(after) - Accepted(before));
        Assert.True(after.GetProperty("ingestion").TryGetProperty("rejectedByReason", out var reasons));
        Assert.Equal(RejectReasons.All.Count, reasons.EnumerateObject().Count());
    }
}
