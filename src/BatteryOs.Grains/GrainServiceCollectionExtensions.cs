using BatteryOs.Grains.Metrics;
using BatteryOs.Grains.Packs;
using BatteryOs.Grains.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BatteryOs.Grains;

/// <summary>Registers the services BatteryOs grains depend on.</summary>
public static class GrainServiceCollectionExtensions
{
    /// <summary>
    /// Adds what pack grains share: the mixture router and its coalescer (resolving expert and router grain
    /// references is costly, so it happens once per silo rather than once per pack activation), the silo's
    /// routing and its statistics, the simulation instruments with the pack population their gauges read,
    /// the ingestion instruments and the clock packs read (replaceable in tests).
    /// </summary>
    public static IServiceCollection AddBatteryOsGrainServices(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<PackPopulation>();
        services.AddSingleton<SimulationInstruments>();
        services.AddSingleton<ChunkRouter>();
        services.AddSingleton<MixtureCoalescer>();
        services.AddSingleton<SiloRouting>();
        services.AddSingleton<RoutingStatistics>();
        services.TryAddKeyedSingleton(IngestionClock.ServiceKey, TimeProvider.System);
        services.TryAddSingleton<IngestionInstruments>();
        return services;
    }
}
