using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Gating.Learned;
using Microsoft.Extensions.Options;

namespace BatteryOs.Grains.Routing;

/// <summary>Checks the routing settings at start-up, loading the router file when the learned gate is chosen.</summary>
public sealed class RoutingOptionsValidator : IValidateOptions<RoutingOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        if (options.CapacityFactor is { } factor && !(double.IsFinite(factor) && factor > 0))
        {
            return ValidateOptionsResult.Fail($"Routing:CapacityFactor must be a positive number, not {factor}.");
        }

        if (options.CoalesceFrames < 1 || options.CoalesceDelay < TimeSpan.Zero)
        {
            return ValidateOptionsResult.Fail(
                "Routing:CoalesceFrames must be at least 1 and CoalesceDelay not negative.");
        }

        if (options.Gate != GateKind.Learned)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.RouterFile))
        {
            return ValidateOptionsResult.Fail("Routing:Gate is Learned but Routing:RouterFile names no router file.");
        }

        try
        {
            LearnedGateFile.Load(options.RouterFile);
            return ValidateOptionsResult.Success;
        }
        catch (InvalidDataException ex)
        {
            return ValidateOptionsResult.Fail(ex.Message);
        }
    }

    /// <summary>The policy of these settings with k experts per frame.</summary>
    public static RoutingPolicy Policy(RoutingOptions options, int k)
    {
        var policy = new RoutingPolicy(k, options.CapacityFactor, options.Overflow);
        return policy.Problem(ExpertCatalog.Count) is { } problem ? throw new ArgumentException(problem) : policy;
    }
}
