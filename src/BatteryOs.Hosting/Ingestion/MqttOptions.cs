using System.ComponentModel.DataAnnotations;

namespace BatteryOs.Hosting.Ingestion;

/// <summary>The MQTT broker a silo takes telemetry from (off while <see cref="Host"/> is empty).</summary>
public sealed class MqttOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Mqtt";

    /// <summary>The broker's host name or address; empty: no MQTT ingestion.</summary>
    public string? Host { get; set; }

    /// <summary>The broker's port.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 1883;

    /// <summary>User name to log in with, if the broker wants one.</summary>
    public string? Username { get; set; }

    /// <summary>Password to log in with. A secret: never logged.</summary>
    public string? Password { get; set; }

    /// <summary>The shared-subscription group of the cluster's silos: each message reaches one of them.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_.-]{1,64}$")]
    public string SharedGroup { get; set; } = "batteryos";

    /// <summary>This silo's MQTT client id; by default derived from its address and silo port (stable).</summary>
    public string? ClientId { get; set; }

    /// <summary>Most unacknowledged messages the broker may send this silo at once (MQTT 5 Receive Maximum).</summary>
    [Range(1, 65535)]
    public int ReceiveMaximum { get; set; } = 16_384;

    /// <summary>
    /// How long the broker keeps this silo's session after a drop. 0 (the default) ends it at once: a broker
    /// keeps handing a shared subscription's messages to a member whose session lives on, so a crashed
    /// silo with a lasting session would swallow its share of the traffic until the session expired.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan SessionExpiry { get; set; } = TimeSpan.Zero;

    /// <summary>How long one connection attempt may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>True when a broker is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    /// <summary><c>host:port</c>, for messages (never the credentials).</summary>
    public string Endpoint => $"{Host}:{Port}";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Password is not null && Username is null)
        {
            yield return new ValidationResult("Mqtt:Password is set without Mqtt:Username.", [nameof(Password)]);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"Mqtt({Endpoint}, user={Username ?? "none"}, password={(Password is null ? "none" : "***")})";
}
