using System.Globalization;
using System.Text;
using System.Text.Unicode;
using BatteryOs.Hosting.Ingestion;
using BatteryOs.Model.Ingestion;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Cli.Load;

/// <summary>The messages a load run publishes: plausible frames, and invalid ones of every kind.</summary>
internal static class LoadPayloads
{
    private const ulong TelemetrySeed = 20_261_203;

    private static readonly SeedProfile Telemetry = new();

    /// <summary>The kinds of invalid message, in the order they are sent, with the reason each must get.</summary>
    public static IReadOnlyList<RejectReason> BadKinds { get; } =
    [
        RejectReason.MalformedJson, RejectReason.WrongType, RejectReason.OutOfRange, RejectReason.FutureTimestamp,
        RejectReason.MissingField, RejectReason.BadPackId, RejectReason.NotFinite, RejectReason.BadSeq,
        RejectReason.Oversize,
    ];

    /// <summary>Frame <paramref name="seq"/> of a pack, measured at <paramref name="at"/>.</summary>
    public static byte[] Frame(long packId, long seq, DateTimeOffset at)
    {
        // Written straight as UTF-8: the generator's own CPU is part of what the machine shares.
        var frame = Telemetry.SyntheticFrame(CounterRandom.StreamKey(TelemetrySeed, packId), seq);
        Span<byte> buffer = stackalloc byte[256];
        Utf8.TryWrite(buffer, CultureInfo.InvariantCulture,
            $"{{\"seq\": {seq}, \"timestamp\": \"{at:O}\", \"temperatureC\": {frame.TemperatureC:R}, " +
            $"\"currentA\": {frame.CurrentA:R}, \"voltageSagV\": {frame.VoltageSagV:R}}}", out var written);
        return buffer[..written].ToArray();
    }

    /// <summary>Invalid message number <paramref name="badIndex"/> (cycling through <see cref="BadKinds"/>).</summary>
    public static (string Topic, byte[] Payload, RejectReason Reason) Bad(long badIndex, long packId, long seq,
        DateTimeOffset now)
    {
        var reason = BadKinds[(int)(badIndex % BadKinds.Count)];
        var topic = TelemetryTopic.For(packId);
        var frame = new TelemetryFrame(30, 10, 0.2);
        var payload = reason switch
        {
            RejectReason.MalformedJson => Encoding.UTF8.GetBytes("{\"seq\": " + seq + ", \"timestamp\": "),
            RejectReason.WrongType => Json(seq, now, "\"NaN\"", frame, ""),
            RejectReason.OutOfRange => Json(seq, now, "400", frame, ""),
            RejectReason.FutureTimestamp => Json(seq, now.AddHours(1), "30", frame, ""),
            RejectReason.MissingField => Encoding.UTF8.GetBytes($"{{\"seq\": {seq}, \"temperatureC\": 30}}"),
            RejectReason.NotFinite => Json(seq, now, "1e999", frame, ""),
            RejectReason.BadSeq => Json(0, now, "30", frame, ""),
            RejectReason.Oversize => Json(seq, now, "30", frame, $", \"note\": \"{new string('x', 20_000)}\""),
            _ => Json(seq, now, "30", frame, ""),
        };
        if (reason == RejectReason.BadPackId)
        {
            topic = $"batteryos/packs/-{packId}/telemetry";
        }

        return (topic, payload, reason);
    }

    private static byte[] Json(long seq, DateTimeOffset at, string temperature, TelemetryFrame frame, string extra) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{{\"seq\": {seq}, \"timestamp\": \"{at.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}\", " +
            $"\"temperatureC\": {temperature}, \"currentA\": {frame.CurrentA:R}, " +
            $"\"voltageSagV\": {frame.VoltageSagV:R}{extra}}}"));
}
