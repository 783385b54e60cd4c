using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace BatteryOs.Hosting.Ingestion.Mqtt;

/// <summary>
/// This silo's MQTT client id: configured, or <c>batteryos-ADDRESS-PORT</c> from the silo's endpoint, so a
/// restarted silo replaces its own earlier connection (and, with a lasting session, resumes it).
/// </summary>
public sealed class MqttClientIdentity(IOptions<MqttOptions> options, ILocalSiloDetails silo)
{
    /// <summary>The client id.</summary>
    public string ClientId { get; } = options.Value.ClientId
        ?? $"batteryos-{silo.SiloAddress.Endpoint.Address}-{silo.SiloAddress.Endpoint.Port}";
}
