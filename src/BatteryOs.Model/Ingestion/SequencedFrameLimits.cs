using System.Globalization;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Ingestion;

/// <summary>
/// What an ingested frame must satisfy before it may reach a pack: a seq from 1 to 2^53 (the largest
/// whole number every JSON reader keeps exact), a timestamp no further ahead than the allowed clock skew,
/// and every value finite and within <see cref="TelemetryLimits"/>.
/// </summary>
public static class SequencedFrameLimits
{
    /// <summary>The largest seq accepted: 2^53.</summary>
    public const long MaxSeq = 1L << 53;

    /// <summary>The first problem of a frame that arrived at <paramref name="nowMs"/>, or null.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="nowMs">The current time, ms since the Unix epoch.</param>
    /// <param name="maxAheadMs">How far ahead of now a timestamp may be (clock skew), ms.</param>
    public static FrameProblem? Problem(in SequencedFrame frame, long nowMs, long maxAheadMs)
    {
        if (frame.TimestampUnixMs > nowMs + maxAheadMs)
        {
            var at = DateTimeOffset.FromUnixTimeMilliseconds(frame.TimestampUnixMs);
            var now = DateTimeOffset.FromUnixTimeMilliseconds(nowMs);
            return new FrameProblem(RejectReason.FutureTimestamp, string.Create(CultureInfo.InvariantCulture,
                $"timestamp {at:O} is more than {maxAheadMs / 1000.0} s ahead of the server's clock ({now:O})"));
        }

        return ValueProblem(frame);
    }

    /// <summary>The first problem of a frame's seq and values (not its timestamp), or null.</summary>
    public static FrameProblem? ValueProblem(in SequencedFrame frame)
    {
        if (frame.Seq is < 1 or > MaxSeq)
        {
            return new FrameProblem(RejectReason.BadSeq,
                string.Create(CultureInfo.InvariantCulture, $"seq {frame.Seq} is outside [1, {MaxSeq}]"));
        }

        return Check("temperatureC", frame.Frame.TemperatureC, TelemetryLimits.TemperatureC)
            ?? Check("currentA", frame.Frame.CurrentA, TelemetryLimits.CurrentA)
            ?? Check("voltageSagV", frame.Frame.VoltageSagV, TelemetryLimits.VoltageSagV)
            ?? Check("socPct", frame.SocPct, TelemetryLimits.SocPct)
            ?? Check("cellVoltagesV", frame.MinCellVoltageV, TelemetryLimits.CellVoltageV)
            ?? Check("cellVoltagesV", frame.MaxCellVoltageV, TelemetryLimits.CellVoltageV);
    }

    private static FrameProblem? Check(string name, double? value, (double Min, double Max) range)
    {
        if (value is not { } v)
        {
            return null;
        }

        if (!double.IsFinite(v))
        {
            return new FrameProblem(RejectReason.NotFinite, $"{name} is {v.ToString(CultureInfo.InvariantCulture)}");
        }

        return v < range.Min || v > range.Max
            ? new FrameProblem(RejectReason.OutOfRange, string.Create(CultureInfo.InvariantCulture,
                $"{name} {v} is outside [{range.Min}, {range.Max}]"))
            : null;
    }
}
