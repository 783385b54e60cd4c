namespace BatteryOs.Model.Gating;

/// <summary>How a batch is routed: experts kept per frame, and the experts' capacity if they have one.</summary>
/// <param name="K">Experts kept per frame.</param>
/// <param name="CapacityFactor">The capacity factor (see <see cref="CapacityLimiter"/>); null for no limit.</param>
/// <param name="Overflow">What happens to a selection whose expert is full.</param>
public sealed record RoutingPolicy(
    int K = 3, double? CapacityFactor = null, OverflowPolicy Overflow = OverflowPolicy.NextExpert)
{
    /// <summary>Describes the first bad setting for <paramref name="expertCount"/> experts, or returns null.</summary>
    public string? Problem(int expertCount) =>
        K < 1 || K > expertCount ? $"k must be between 1 and {expertCount}, not {K}"
        : CapacityFactor is { } factor && !(double.IsFinite(factor) && factor > 0)
            ? $"the capacity factor must be a positive number, not {factor}"
            : null;
}
