using BatteryOs.Contracts.Wire;

namespace BatteryOs.Contracts;

/// <summary>The gate: scores every expert for every frame and keeps the top k.</summary>
public interface IRouterGrain : IGrainWithIntegerKey
{
    /// <summary>Routes a whole batch in one call.</summary>
    Task<RoutingBatch> Route(FrameBatch frames, int k);
}
