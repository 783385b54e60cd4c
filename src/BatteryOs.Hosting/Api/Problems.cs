using BatteryOs.Model.Ingestion;
using Microsoft.AspNetCore.Http;

namespace BatteryOs.Hosting.Api;

/// <summary>RFC 7807 problem details for the API's refusals, with the reject reason as an extension.</summary>
internal static class Problems
{
    /// <summary>The problem for rejected telemetry: 413 for oversize input, 401 for a missing key, else 400.</summary>
    public static IResult For(FrameProblem problem)
    {
        var status = problem.Reason switch
        {
            RejectReason.Oversize => StatusCodes.Status413PayloadTooLarge,
            RejectReason.Unauthorized => StatusCodes.Status401Unauthorized,
            RejectReason.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status400BadRequest,
        };
        return Results.Problem(
            detail: problem.Detail,
            statusCode: status,
            title: status switch
            {
                StatusCodes.Status401Unauthorized => "An API key is required",
                StatusCodes.Status503ServiceUnavailable => "The pack is unavailable; retry later",
                _ => "Telemetry rejected",
            },
            extensions: new Dictionary<string, object?> { ["reason"] = problem.Reason.Label() });
    }

    /// <summary>404 for a pack that has no state yet.</summary>
    public static IResult NoSuchPack(long packId) => Results.Problem(
        detail: $"pack {packId} has never cycled nor received telemetry",
        statusCode: StatusCodes.Status404NotFound,
        title: "No such pack");
}
