using BatteryOs.Hosting.Ingestion.Mqtt;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BatteryOs.Hosting.Ingestion;

/// <summary>Registers telemetry ingestion: the checks, the HTTP API's services and, when configured, MQTT.</summary>
public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Adds ingestion, its options bound from the <c>Ingestion</c> and <c>Mqtt</c> sections and validated at
    /// start-up. Call after <c>UseOrleans</c>, so MQTT starts once the silo accepts calls and stops before it.
    /// </summary>
    public static IServiceCollection AddBatteryOsIngestion(this IServiceCollection services,
        IConfiguration configuration)
    {
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MqttOptions>().Bind(configuration.GetSection(MqttOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RejectLog>();
        services.AddSingleton<TelemetryIntake>();
        services.AddSingleton<ApiKeyCheck>();
        services.AddHostedService<IngestionTotalsReporter>();

        var mqtt = configuration.GetSection(MqttOptions.SectionName).Get<MqttOptions>() ?? new MqttOptions();
        if (mqtt.Enabled)
        {
            services.AddSingleton<PackFrameBatcher>();
            services.AddSingleton<MqttClientIdentity>();
            services.AddSingleton<MqttIngestionService>();
            services.AddHostedService(s => s.GetRequiredService<MqttIngestionService>());
        }

        return services;
    }
}
