using BatteryOs.Model.Gating;

namespace BatteryOs.Grains.Routing;

/// <summary>How a silo routes every pack's frames (section <c>Routing</c>); k is <c>Packs:TopK</c>.</summary>
public sealed class RoutingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Routing";

    /// <summary>Which gate ranks the experts.</summary>
    public GateKind Gate { get; set; } = GateKind.Heuristic;

    /// <summary>The router file <c>batteryos train-router</c> wrote; required for the learned gate.</summary>
    public string? RouterFile { get; set; }

    /// <summary>Expert capacity factor (see <see cref="CapacityLimiter"/>); null for no limit.</summary>
    public double? CapacityFactor { get; set; }

    /// <summary>What happens to a selection whose expert is full.</summary>
    public OverflowPolicy Overflow { get; set; } = OverflowPolicy.NextExpert;

    /// <summary>
    /// A batch of routing shared by several packs is sent once it holds this many frames. 1,024 lets five or six
    /// 200-cycle chunks share one router call and one call per expert (measured against 512: docs/benchmarks.md).
    /// </summary>
    public int CoalesceFrames { get; set; } = 1024;

    /// <summary>...or once its first frames have waited this long.</summary>
    public TimeSpan CoalesceDelay { get; set; } = TimeSpan.FromMilliseconds(1);
}
