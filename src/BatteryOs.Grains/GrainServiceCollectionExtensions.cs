using BatteryOs.Grains.Packs;
using Microsoft.Extensions.DependencyInjection;

namespace BatteryOs.Grains;

/// <summary>Registers the services BatteryOs grains depend on.</summary>
public static class GrainServiceCollectionExtensions
{
    /// <summary>
    /// Adds the mixture router that pack grains share: resolving expert and router grain references is
    /// costly, so it happens once per silo rather than once per pack activation.
    /// </summary>
    public static IServiceCollection AddBatteryOsGrainServices(this IServiceCollection services)
    {
        services.AddSingleton<ChunkRouter>();
        return services;
    }
}
