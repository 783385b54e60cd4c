namespace BatteryOs.Hosting.Ingestion.Mqtt;

/// <summary>
/// The MQTT broker could not be reached or refused this silo; the message names it, never the credentials.
/// </summary>
public sealed class MqttUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
