namespace BatteryOs.Model.Ingestion;

/// <summary>Why ingested telemetry was turned away before it reached a pack's state.</summary>
public enum RejectReason
{
    /// <summary>The payload is not JSON.</summary>
    MalformedJson,

    /// <summary>A field has the wrong JSON type (a string for a number, a fraction for the seq).</summary>
    WrongType,

    /// <summary>A required field is missing.</summary>
    MissingField,

    /// <summary>A number is NaN or infinite (or too large to be a finite double).</summary>
    NotFinite,

    /// <summary>A value lies outside its physical range.</summary>
    OutOfRange,

    /// <summary>The seq is not a whole number from 1 to 2^53.</summary>
    BadSeq,

    /// <summary>The timestamp lies further in the future than the allowed clock skew, or is not a date.</summary>
    FutureTimestamp,

    /// <summary>The pack id is not a non-negative whole number.</summary>
    BadPackId,

    /// <summary>The MQTT topic does not match batteryos/packs/{packId}/telemetry.</summary>
    BadTopic,

    /// <summary>The payload is larger than the configured limit.</summary>
    Oversize,

    /// <summary>The request carried no API key, or a wrong one.</summary>
    Unauthorized,

    /// <summary>The frame's seq was given up as missing (a gap) before the frame arrived.</summary>
    Late,

    /// <summary>The frame's pack could not be reached (its silo failing) after every retry.</summary>
    Unavailable,
}
