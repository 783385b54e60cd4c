using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Gating;

namespace BatteryOs.Grains.Routing;

/// <summary>
/// Stateless gate: routes a whole batch of frames per call, on whichever silo calls it. The caller
/// owns (and returns to the pool) the arrays of the answer.
/// </summary>
[StatelessWorker]
public sealed class RouterGrain : Grain, IRouterGrain
{
    private static readonly SeedGate Gate = new();

    /// <inheritdoc />
    public Task<RoutingBatch> Route(FrameBatch frames, int k)
    {
        var entries = frames.Count * k;
        var experts = BatchBuffers.Rent<byte>(entries);
        var weights = BatchBuffers.Rent<double>(entries);
        Gate.Route(frames.Span, k, experts, weights);
        return Task.FromResult(new RoutingBatch(experts, weights, frames.Count, k));
    }
}
