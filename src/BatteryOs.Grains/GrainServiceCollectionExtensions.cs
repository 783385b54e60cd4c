using BatteryOs.Grains.Metrics;
using BatteryOs.Grains.Packs;
using Microsoft.Extensions.DependencyInjection;

namespace BatteryOs.Grains;

/// <summary>Registers the services BatteryOs grains depend on.</summary>
public static class GrainServiceCollectionExtensions
{
    /// <summary>
    /// Adds the mixture router that pack grains share (resolving expert and router grain references is
    /// costly, so it happens once per silo rather than once per pack activation) and the silo's simulation
    /// instruments with the pack population their gauges read.
    /// </summary>
    public static IServiceCollection AddBatteryOsGrainServices(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<PackPopulation>();
        services.AddSingleton<SimulationInstruments>();
        services.AddSingleton<ChunkRouter>();
        return services;
    }
}
