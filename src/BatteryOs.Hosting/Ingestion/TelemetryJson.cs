using System.Globalization;
using System.Text.Json;
using BatteryOs.Model.Ingestion;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Hosting.Ingestion;

/// <summary>
/// Reads ingested telemetry JSON strictly: a frame is an object with <c>seq</c> (a whole number),
/// <c>timestamp</c> (an ISO 8601 string; without an offset it is UTC), <c>temperatureC</c>, <c>currentA</c>
/// and <c>voltageSagV</c> (numbers), and optionally <c>socPct</c> (a number) and <c>cellVoltagesV</c> (an
/// array of numbers). Other properties are ignored. A batch is a JSON array of frames. Values are only
/// read here; <see cref="SequencedFrameLimits"/> judges them.
/// </summary>
public static class TelemetryJson
{
    /// <summary>Most cell voltages one frame may carry.</summary>
    public const int MaxCellVoltages = 1024;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = 8 };

    /// <summary>Reads one frame (an MQTT payload); returns null and the frame, or the problem.</summary>
    public static FrameProblem? ReadFrame(ReadOnlySpan<byte> json, out SequencedFrame frame)
    {
        frame = default;
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            if (!reader.Read())
            {
                return new FrameProblem(RejectReason.MalformedJson, "the payload is empty");
            }

            return reader.TokenType != JsonTokenType.StartObject
                ? new FrameProblem(RejectReason.WrongType, "a frame must be a JSON object")
                : ReadObject(ref reader, out frame) ?? ReadEnd(ref reader);
        }
        catch (JsonException ex)
        {
            return new FrameProblem(RejectReason.MalformedJson, ex.Message);
        }
    }

    /// <summary>Reads a batch (an HTTP body): a JSON array of at most <paramref name="maxFrames"/> frames.</summary>
    public static FrameProblem? ReadBatch(ReadOnlySpan<byte> json, int maxFrames, List<SequencedFrame> frames)
    {
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            if (!reader.Read())
            {
                return new FrameProblem(RejectReason.MalformedJson, "the body is empty");
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return new FrameProblem(RejectReason.WrongType, "a batch must be a JSON array of frames");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (frames.Count == maxFrames)
                {
                    return new FrameProblem(RejectReason.Oversize, $"a batch holds at most {maxFrames} frames");
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return new FrameProblem(RejectReason.WrongType, $"frame {frames.Count} is not a JSON object");
                }

                if (ReadObject(ref reader, out var frame) is { } problem)
                {
                    return problem with { Detail = $"frame {frames.Count}: {problem.Detail}" };
                }

                frames.Add(frame);
            }

            return ReadEnd(ref reader);
        }
        catch (JsonException ex)
        {
            return new FrameProblem(RejectReason.MalformedJson, ex.Message);
        }
    }

    private static FrameProblem? ReadEnd(ref Utf8JsonReader reader) =>
        reader.Read() ? new FrameProblem(RejectReason.MalformedJson, "content follows the JSON value") : null;

    private static FrameProblem? ReadObject(ref Utf8JsonReader reader, out SequencedFrame frame)
    {
        frame = default;
        var fields = new FrameFields();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (ReadField(ref reader, name, ref fields) is { } problem)
            {
                return problem;
            }
        }

        if (fields.Missing() is { } missing)
        {
            return new FrameProblem(RejectReason.MissingField, $"{missing} is missing");
        }

        frame = new SequencedFrame(fields.Seq!.Value, fields.TimestampUnixMs!.Value,
            new TelemetryFrame(fields.TemperatureC!.Value, fields.CurrentA!.Value, fields.VoltageSagV!.Value),
            fields.SocPct, fields.MinCellV, fields.MaxCellV);
        return null;
    }

    private static FrameProblem? ReadField(ref Utf8JsonReader reader, string name, ref FrameFields fields)
    {
        switch (name)
        {
            case "seq":
                return ReadSeq(ref reader, ref fields);
            case "timestamp":
                return ReadTimestamp(ref reader, ref fields);
            case "temperatureC":
                return ReadNumber(ref reader, name, out fields.TemperatureC);
            case "currentA":
                return ReadNumber(ref reader, name, out fields.CurrentA);
            case "voltageSagV":
                return ReadNumber(ref reader, name, out fields.VoltageSagV);
            case "socPct":
                return reader.TokenType == JsonTokenType.Null ? null : ReadNumber(ref reader, name, out fields.SocPct);
            case "cellVoltagesV":
                return ReadCells(ref reader, ref fields);
            default:
                reader.Skip();
                return null;
        }
    }

    private static FrameProblem? ReadSeq(ref Utf8JsonReader reader, ref FrameFields fields)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            return WrongType("seq", reader.TokenType, "a whole number");
        }

        if (!reader.TryGetInt64(out var seq))
        {
            return new FrameProblem(RejectReason.BadSeq,
                $"seq {Raw(ref reader)} is not a whole number from 1 to {SequencedFrameLimits.MaxSeq}");
        }

        fields.Seq = seq;
        return null;
    }

    private static FrameProblem? ReadTimestamp(ref Utf8JsonReader reader, ref FrameFields fields)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return WrongType("timestamp", reader.TokenType, "an ISO 8601 date-time string");
        }

        DateTimeOffset at;
        if (reader.TryGetDateTime(out var local) && local.Kind == DateTimeKind.Unspecified)
        {
            at = new DateTimeOffset(local, TimeSpan.Zero);
        }
        else if (!reader.TryGetDateTimeOffset(out at))
        {
            return new FrameProblem(RejectReason.WrongType,
                $"timestamp '{reader.GetString()}' is not an ISO 8601 date-time");
        }

        fields.TimestampUnixMs = at.ToUnixTimeMilliseconds();
        return null;
    }

    private static FrameProblem? ReadCells(ref Utf8JsonReader reader, ref FrameFields fields)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return WrongType("cellVoltagesV", reader.TokenType, "an array of numbers");
        }

        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (++count > MaxCellVoltages)
            {
                return new FrameProblem(RejectReason.Oversize, $"cellVoltagesV holds more than {MaxCellVoltages}");
            }

            if (ReadNumber(ref reader, "cellVoltagesV", out var volts) is { } problem)
            {
                return problem;
            }

            fields.MinCellV = Math.Min(fields.MinCellV ?? double.MaxValue, volts!.Value);
            fields.MaxCellV = Math.Max(fields.MaxCellV ?? double.MinValue, volts.Value);
        }

        return null;
    }

    private static FrameProblem? ReadNumber(ref Utf8JsonReader reader, string name, out double? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.Number)
        {
            return WrongType(name, reader.TokenType, "a number");
        }

        if (!reader.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            return new FrameProblem(RejectReason.NotFinite, $"{name} {Raw(ref reader)} is not a finite number");
        }

        value = number;
        return null;
    }

    private static FrameProblem WrongType(string name, JsonTokenType token, string expected) =>
        new(RejectReason.WrongType, $"{name} is {Describe(token)}, not {expected}");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => token.ToString().ToLowerInvariant(),
    };

    private static string Raw(ref Utf8JsonReader reader)
    {
        var text = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
        return text.Length <= 40 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..40]}...");
    }
}
