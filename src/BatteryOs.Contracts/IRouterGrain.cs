using BatteryOs.Contracts.Wire;

namespace BatteryOs.Contracts;

/// <summary>
/// The gate: ranks the experts for every frame and keeps k, as the silo's routing settings say (the gate,
/// k, expert capacity).
/// </summary>
public interface IRouterGrain : IGrainWithIntegerKey
{
    /// <summary>Routes a whole batch in one call; a dropped selection has expert index 255 and weight 0.</summary>
    Task<RoutingBatch> Route(RouteRequest request);
}
