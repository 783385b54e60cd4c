using BatteryOs.Grains;
using BatteryOs.Grains.Packs;
using BatteryOs.Grains.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace BatteryOs.Hosting;

/// <summary>Registers what every BatteryOs silo needs, whatever its storage and clustering.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>
    /// Adds the grains' options (bound from <paramref name="configuration"/>'s <c>Packs</c> and <c>Routing</c>
    /// sections when given, validated at start-up).
    /// </summary>
    public static ISiloBuilder AddBatteryOsGrains(this ISiloBuilder silo, IConfiguration? configuration = null,
        Action<PackGrainOptions>? configure = null, Action<RoutingOptions>? configureRouting = null)
    {
        silo.Services.AddBatteryOsGrainServices();
        silo.Services.AddStorageErrorSerialization();
        var options = silo.Services.AddOptions<PackGrainOptions>();
        if (configuration is not null)
        {
            options.Bind(configuration.GetSection(PackGrainOptions.SectionName));
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateDataAnnotations().ValidateOnStart();

        var routing = silo.Services.AddOptions<RoutingOptions>();
        if (configuration is not null)
        {
            routing.Bind(configuration.GetSection(RoutingOptions.SectionName));
        }

        if (configureRouting is not null)
        {
            routing.Configure(configureRouting);
        }

        silo.Services.AddSingleton<IValidateOptions<RoutingOptions>, RoutingOptionsValidator>();
        routing.ValidateOnStart();
        return silo;
    }

    /// <summary>
    /// Keeps pack and fleet state in memory (lost when the silo stops), serialized with Orleans' binary
    /// serializer like the durable stores (the default JSON serializer costs more than the simulation).
    /// </summary>
    public static ISiloBuilder AddBatteryOsMemoryStorage(this ISiloBuilder silo) =>
        silo.AddMemoryGrainStorage(StorageNames.Packs, (OptionsBuilder<MemoryGrainStorageOptions> options) =>
            options.Configure<IServiceProvider>((o, services) =>
                o.GrainStorageSerializer =
                    new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>())));
}
