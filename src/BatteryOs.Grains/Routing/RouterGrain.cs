using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Grains.Metrics;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;

namespace BatteryOs.Grains.Routing;

/// <summary>
/// Stateless gate: routes a whole batch per call, on whichever silo calls it, by the silo's router. The
/// caller owns (and returns to the pool) the arrays of the answer.
/// </summary>
[StatelessWorker]
public sealed class RouterGrain(SiloRouting routing, RoutingStatistics statistics, SimulationInstruments instruments)
    : Grain, IRouterGrain
{
    /// <inheritdoc />
    public Task<RoutingBatch> Route(RouteRequest request)
    {
        if (!request.IsWellFormed)
        {
            throw new ArgumentException($"Route request of {request.Frames.Count} frames does not fit its arrays.");
        }

        var router = routing.Router;
        var frames = request.Frames.Count;
        var k = router.Policy.K;
        var experts = BatchBuffers.Rent<byte>(frames * k);
        var weights = BatchBuffers.Rent<double>(frames * k);
        var tally = new RoutingTally(ExpertCatalog.Count);
        var geometry = routing.Geometry(request.Model);
        var frameSpan = request.Frames.Span;
        var beforeSpan = request.BeforeSpan;
        var first = 0;
        foreach (var length in request.Segments)
        {
            router.Route(frameSpan.Slice(first, length), beforeSpan.Slice(first, length), geometry,
                experts.AsSpan(first * k), weights.AsSpan(first * k), tally);
            first += length;
        }

        statistics.Add(frames, tally);
        instruments.RecordRouting(tally);
        return Task.FromResult(new RoutingBatch(experts, weights, frames, k));
    }
}
