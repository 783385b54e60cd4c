using BatteryOs.Model.Ingestion;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests.Ingestion;

public sealed class SequencedFrameLimitsTests
{
    private const long NowMs = 1_796_292_000_000; // 2026-12-03T10:00:00Z
    private const long SkewMs = 300_000;

    private static SequencedFrame Frame(long seq = 1, long at = NowMs, double t = 31.2, double? soc = null,
        double? cellMin = null) => new(seq, at, new TelemetryFrame(t, 12.5, 0.21), soc, cellMin, cellMin);

    [Fact]
    public void A_plausible_frame_has_no_problem() =>
        Assert.Null(SequencedFrameLimits.Problem(Frame(soc: 80, cellMin: 3.7), NowMs, SkewMs));

    [Theory]
    [InlineData(0, RejectReason.BadSeq)]
    [InlineData(-3, RejectReason.BadSeq)]
    [InlineData(SequencedFrameLimits.MaxSeq + 1, RejectReason.BadSeq)]
    public void Seqs_outside_one_to_two_to_the_53_are_rejected(long seq, RejectReason reason) =>
        Assert.Equal(reason, SequencedFrameLimits.Problem(Frame(seq), NowMs, SkewMs)?.Reason);

    [Fact]
    public void A_timestamp_beyond_the_clock_skew_is_rejected_and_one_within_it_is_not()
    {
        Assert.Null(SequencedFrameLimits.Problem(Frame(at: NowMs + SkewMs), NowMs, SkewMs));
        var problem = SequencedFrameLimits.Problem(Frame(at: NowMs + SkewMs + 1), NowMs, SkewMs);
        Assert.Equal(RejectReason.FutureTimestamp, problem?.Reason);
        Assert.Contains("2026-12-03T10:05:00.0010000+00:00", problem!.Detail);
    }

    [Theory]
    [InlineData(double.NaN, null, null, RejectReason.NotFinite, "temperatureC")]
    [InlineData(150.5, null, null, RejectReason.OutOfRange, "temperatureC")]
    [InlineData(30, 100.1, null, RejectReason.OutOfRange, "socPct")]
    [InlineData(30, null, 5.2, RejectReason.OutOfRange, "cellVoltagesV")]
    [InlineData(30, double.PositiveInfinity, null, RejectReason.NotFinite, "socPct")]
    public void Values_must_be_finite_and_in_range(double t, double? soc, double? cell, RejectReason reason,
        string field)
    {
        var problem = SequencedFrameLimits.Problem(Frame(t: t, soc: soc, cellMin: cell), NowMs, SkewMs);

        Assert.Equal(reason, problem?.Reason);
        Assert.Contains(field, problem!.Detail);
    }

    [Fact]
    public void Every_reason_has_a_distinct_label() =>
        Assert.Equal(RejectReasons.All.Count, RejectReasons.All.Select(r => r.Label()).Distinct().Count());
}
