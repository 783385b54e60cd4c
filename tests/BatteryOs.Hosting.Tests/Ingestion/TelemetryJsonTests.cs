using System.Text;
using BatteryOs.Hosting.Ingestion;
using BatteryOs.Model.Ingestion;

namespace BatteryOs.Hosting.Tests.Ingestion;

public sealed class TelemetryJsonTests
{
    private static FrameProblem? Read(string json, out SequencedFrame frame) =>
        TelemetryJson.ReadFrame(Encoding.UTF8.GetBytes(json), out frame);

    [Fact]
    public void The_documented_payload_reads_exactly()
    {
        var problem = Read("""
            {"seq": 17, "timestamp": "2026-12-03T10:00:00Z", "temperatureC": 31.2, "currentA": 12.5,
             "voltageSagV": 0.21, "socPct": 81.5, "cellVoltagesV": [3.71, 3.69, 3.74], "firmware": {"v": 2}}
            """, out var frame);

        Assert.Null(problem);
        Assert.Equal(17, frame.Seq);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(),
            frame.TimestampUnixMs);
        Assert.Equal(31.2, frame.Frame.TemperatureC);
        Assert.Equal(12.5, frame.Frame.CurrentA);
        Assert.Equal(0.21, frame.Frame.VoltageSagV);
        Assert.Equal(81.5, frame.SocPct);
        Assert.Equal(3.69, frame.MinCellVoltageV);
        Assert.Equal(3.74, frame.MaxCellVoltageV);
    }

    [Fact]
    public void Optional_fields_may_be_null_or_absent_and_a_timestamp_without_offset_is_utc()
    {
        var problem = Read("""
            {"seq": 1, "timestamp": "2026-12-03T10:00:00", "temperatureC": 20, "currentA": -3,
             "voltageSagV": 0, "socPct": null, "cellVoltagesV": null}
            """, out var frame);

        Assert.Null(problem);
        Assert.Null(frame.SocPct);
        Assert.Null(frame.MinCellVoltageV);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(),
            frame.TimestampUnixMs);
    }

    [Theory]
    [InlineData("", RejectReason.MalformedJson)]
    [InlineData("{\"seq\": 1", RejectReason.MalformedJson)]
    [InlineData("[1, 2]", RejectReason.WrongType)]
    [InlineData("{} {}", RejectReason.MissingField)]
    [InlineData("{\"seq\": 1, \"timestamp\": \"2026-12-03T10:00:00Z\"}", RejectReason.MissingField)]
    public void Payloads_that_are_not_one_frame_object_are_rejected(string json, RejectReason reason) =>
        Assert.Equal(reason, Read(json, out _)?.Reason);

    [Fact]
    public void A_batch_larger_than_the_limit_is_oversize()
    {
        var frame = """{"seq": 1, "timestamp": "2026-12-03T10:00:00Z", "temperatureC": 1, """ +
            """ "currentA": 1, "voltageSagV": 0}""";
        var frames = new List<SequencedFrame>();

        var problem = TelemetryJson.ReadBatch(Encoding.UTF8.GetBytes($"[{frame},{frame},{frame}]"), 2, frames);

        Assert.Equal(RejectReason.Oversize, problem?.Reason);
    }
}
