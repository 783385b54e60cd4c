using System.ComponentModel.DataAnnotations;

namespace BatteryOs.Hosting.Ingestion;

/// <summary>Limits and batching of ingested telemetry (MQTT and HTTP), and the HTTP API key.</summary>
public sealed class IngestionOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Ingestion";

    /// <summary>Shortest API key accepted, characters.</summary>
    public const int MinApiKeyLength = 16;

    /// <summary>
    /// The bearer key HTTP writes must carry (<c>Authorization: Bearer KEY</c>); with none configured, every
    /// write is refused. A secret: never logged.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Largest HTTP telemetry body accepted, bytes; larger ones get 413.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxHttpPayloadBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest MQTT telemetry payload accepted, bytes.</summary>
    [Range(256, 1024 * 1024)]
    public int MaxMqttPayloadBytes { get; set; } = 16 * 1024;

    /// <summary>Most frames in one HTTP batch.</summary>
    [Range(1, 100_000)]
    public int MaxFramesPerRequest { get; set; } = 10_000;

    /// <summary>How far ahead of the silo's clock a frame's timestamp may be.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long MQTT frames are gathered per pack before the pack is called with them.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:10")]
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Most frames in one pack call from MQTT.</summary>
    [Range(1, 65_536)]
    public int MaxBatchFrames { get; set; } = 1000;

    /// <summary>Most pack calls from MQTT in flight at once.</summary>
    [Range(1, 100_000)]
    public int MaxCallsInFlight { get; set; } = 1024;

    /// <summary>A pack's rejected input is logged at most once per this interval.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RejectLogInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ApiKey is { } key && (key.Length < MinApiKeyLength || key.Any(char.IsWhiteSpace)))
        {
            yield return new ValidationResult(
                $"Ingestion:ApiKey must be at least {MinApiKeyLength} characters without spaces.", [nameof(ApiKey)]);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"Ingestion(ApiKey={(ApiKey is null ? "none" : "***")}, MaxHttpPayloadBytes={MaxHttpPayloadBytes})";
}
