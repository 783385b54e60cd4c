using System.Collections.Concurrent;
using BatteryOs.Grains.Packs;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Gating.Learned;
using BatteryOs.Model.Profiles;
using Microsoft.Extensions.Options;

namespace BatteryOs.Grains.Routing;

/// <summary>
/// The silo's router, built once from its settings (the learned gate's file read at start-up), and the pack
/// geometry of each model the router's features need.
/// </summary>
public sealed class SiloRouting(IOptions<RoutingOptions> routing, IOptions<PackGrainOptions> packs)
{
    private readonly Lazy<MixtureRouter> _router = new(() => new MixtureRouter(
        routing.Value.Gate == GateKind.Learned
            ? new LearnedGate(LearnedGateFile.Load(routing.Value.RouterFile!))
            : new SeedGate(),
        RoutingOptionsValidator.Policy(routing.Value, packs.Value.TopK)));

    private readonly ConcurrentDictionary<string, PackGeometry> _geometries = new(StringComparer.Ordinal);

    /// <summary>The router every batch goes through.</summary>
    public MixtureRouter Router => _router.Value;

    /// <summary>The geometry of packs under <paramref name="model"/>.</summary>
    /// <exception cref="ArgumentException">The model is unknown.</exception>
    public PackGeometry Geometry(string model) =>
        _geometries.GetOrAdd(model, m => PackGeometry.Of(ModelProfiles.Get(m)));
}
