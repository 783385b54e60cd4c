using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Grains.Metrics;
using BatteryOs.Hosting.Ingestion;
using BatteryOs.Model.Ingestion;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace BatteryOs.Hosting.Api;

/// <summary>
/// The silo's HTTP API: POST /api/packs/{id}/telemetry (a batch of frames, bearer key required),
/// GET /api/packs/{id} and GET /api/fleet. Refusals are RFC 7807 problem details.
/// </summary>
public static class BatteryOsApi
{
    /// <summary>Maps the API's endpoints.</summary>
    public static IEndpointRouteBuilder MapBatteryOsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/packs/{id}/telemetry", PostTelemetry);
        app.MapGet("/api/packs/{id}", GetPack);
        app.MapGet("/api/fleet", GetFleet);
        return app;
    }

    private static async Task<IResult> PostTelemetry(string id, HttpContext context, TelemetryIntake intake,
        ApiKeyCheck keys, IGrainFactory grains, IOptions<IngestionOptions> options)
    {
        // The key first: a caller without it learns nothing about ids or limits.
        if (!keys.Allows(context.Request.Headers.Authorization))
        {
            var detail = keys.IsConfigured
                ? "send the API key as 'Authorization: Bearer KEY'"
                : "this silo has no API key configured (Ingestion:ApiKey), so it accepts no writes";
            var refused = new FrameProblem(RejectReason.Unauthorized, detail);
            intake.Reject(TelemetryIntake.Http, RejectLog.NoPack, refused);
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Problems.For(refused);
        }

        if (PackIds.Parse(id, out var packId) is { } badId)
        {
            intake.Reject(TelemetryIntake.Http, RejectLog.NoPack, badId);
            return Problems.For(badId);
        }

        var limit = options.Value.MaxHttpPayloadBytes;
        if (await RequestBody.ReadAsync(context.Request, limit, context.RequestAborted) is not { } body)
        {
            var oversize = new FrameProblem(RejectReason.Oversize, $"the body is larger than {limit} bytes");
            intake.Reject(TelemetryIntake.Http, packId, oversize);
            return Problems.For(oversize);
        }

        var frames = new List<SequencedFrame>();
        if (intake.ReadHttp(packId, body, frames) is { } problem)
        {
            return Problems.For(problem);
        }

        try
        {
            var pack = grains.GetGrain<IPackGrain>(packId);
            return Results.Ok(await pack.Ingest(new IngestBatch([.. frames], frames.Count)));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var unavailable = new FrameProblem(RejectReason.Unavailable, $"{ex.GetType().Name}: {ex.Message}");
            intake.Reject(TelemetryIntake.Http, packId, unavailable, frames.Count);
            return Problems.For(unavailable);
        }
    }

    private static async Task<IResult> GetPack(string id, IGrainFactory grains)
    {
        if (PackIds.Parse(id, out var packId) is { } badId)
        {
            return Problems.For(badId);
        }

        var pack = await grains.GetGrain<IPackGrain>(packId).GetSummary();
        return pack.Model.Length == 0 ? Problems.NoSuchPack(packId) : Results.Ok(PackView.Of(pack));
    }

    private static async Task<IResult> GetFleet(IGrainFactory grains, IngestionInstruments instruments)
    {
        var run = await grains.GetGrain<IFleetGrain>("default").LatestRun();
        var cluster = await grains.GetGrain<IIngestionTotalsGrain>(IIngestionTotalsGrain.Key).Sum();
        return Results.Ok(new FleetView(run, IngestionTotalsView.Of(cluster),
            IngestionTotalsView.Of(instruments.Snapshot())));
    }
}
