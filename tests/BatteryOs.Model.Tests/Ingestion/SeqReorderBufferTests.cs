using BatteryOs.Model.Ingestion;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests.Ingestion;

public sealed class SeqReorderBufferTests
{
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(2);

    private static SequencedFrame F(long seq) => new(seq, 0, new TelemetryFrame(25, 10, 0.1));

    private static SequencedFrame[] Frames(params long[] seqs) => [.. seqs.Select(F)];

    private static long[] Seqs(List<SequencedFrame> frames) => [.. frames.Select(f => f.Seq)];

    [Fact]
    public void Frames_in_order_are_released_at_once()
    {
        var buffer = new SeqReorderBuffer(8, Hold);
        var ready = new List<SequencedFrame>();

        var outcome = buffer.Offer(Frames(1, 2, 3), 0, ready);

        Assert.Equal([1L, 2, 3], Seqs(ready));
        Assert.Equal(3, outcome.Accepted);
        Assert.Equal(3, buffer.LastSeq);
        Assert.Equal(0, buffer.HeldCount);
    }

    [Fact]
    public void A_frame_ahead_waits_for_the_missing_one_and_both_are_released_in_order()
    {
        var buffer = new SeqReorderBuffer(8, Hold, lastSeq: 4);
        var ready = new List<SequencedFrame>();

        buffer.Offer(Frames(7, 6), 0, ready);
        Assert.Empty(ready);
        Assert.Equal(2, buffer.HeldCount);

        var outcome = buffer.Offer(Frames(5), 1000, ready);

        Assert.Equal([5L, 6, 7], Seqs(ready));
        Assert.Equal(1, outcome.Accepted);
        Assert.Equal(0, outcome.Gaps);
        Assert.Equal(7, buffer.LastSeq);
    }

    [Fact]
    public void Redeliveries_are_duplicates_whether_applied_or_held()
    {
        var buffer = new SeqReorderBuffer(8, Hold);
        var ready = new List<SequencedFrame>();
        buffer.Offer(Frames(1, 2, 5), 0, ready);

        var outcome = buffer.Offer(Frames(1, 2, 5, 5), 10, ready);

        Assert.Equal(4, outcome.Duplicates);
        Assert.Equal(0, outcome.Accepted);
        Assert.Equal([1L, 2], Seqs(ready));
    }

    [Fact]
    public void A_gap_is_given_up_after_the_hold_time_and_a_frame_for_it_is_then_late()
    {
        var buffer = new SeqReorderBuffer(8, Hold, lastSeq: 10);
        var ready = new List<SequencedFrame>();
        buffer.Offer(Frames(13, 14), 0, ready);

        var early = buffer.ReleaseDue(1999, ready);
        Assert.Equal(0, early.Gaps);
        Assert.Empty(ready);

        var due = buffer.ReleaseDue(2000, ready);
        Assert.Equal(1, due.Gaps);
        Assert.Equal(2, due.SkippedSeqs);
        Assert.Equal([13L, 14], Seqs(ready));
        Assert.Equal([new SeqRange(11, 12)], buffer.RecentGaps());

        var late = buffer.Offer(Frames(12, 14), 2001, ready);
        Assert.Equal(1, late.Late);
        Assert.Equal(1, late.Duplicates);
        Assert.Equal(0, late.Accepted);
    }

    [Fact]
    public void More_frames_than_the_capacity_close_the_gap_at_once()
    {
        var buffer = new SeqReorderBuffer(2, Hold, lastSeq: 1);
        var ready = new List<SequencedFrame>();

        var outcome = buffer.Offer(Frames(4, 5, 6), 0, ready);

        Assert.Equal(1, outcome.Gaps);
        Assert.Equal(2, outcome.SkippedSeqs);
        Assert.Equal([4L, 5, 6], Seqs(ready));
        Assert.Equal(3, outcome.Accepted);
    }

    [Fact]
    public void Each_held_frame_waits_its_own_hold_time()
    {
        var buffer = new SeqReorderBuffer(8, Hold, lastSeq: 1);
        var ready = new List<SequencedFrame>();
        buffer.Offer(Frames(3), 0, ready);
        buffer.Offer(Frames(6), 1500, ready);

        var first = buffer.ReleaseDue(2000, ready);

        Assert.Equal([3L], Seqs(ready));
        Assert.Equal(1, first.SkippedSeqs);
        Assert.Equal(1, buffer.HeldCount);
        var second = buffer.ReleaseDue(3500, ready);
        Assert.Equal([3L, 6], Seqs(ready));
        Assert.Equal(2, second.SkippedSeqs);
    }

    [Fact]
    public void Release_all_gives_up_every_gap()
    {
        var buffer = new SeqReorderBuffer(8, Hold, lastSeq: 1);
        var ready = new List<SequencedFrame>();
        buffer.Offer(Frames(3, 7, 8), 0, ready);

        var outcome = buffer.ReleaseAll(ready);

        Assert.Equal([3L, 7, 8], Seqs(ready));
        Assert.Equal(2, outcome.Gaps);
        Assert.Equal(4, outcome.SkippedSeqs);
        Assert.Equal(8, buffer.LastSeq);
    }

    [Fact]
    public void A_feed_starts_at_its_lowest_seq_without_a_gap_and_earlier_seqs_are_late()
    {
        var buffer = new SeqReorderBuffer(8, Hold);
        var ready = new List<SequencedFrame>();
        buffer.Offer(Frames(18, 17), 0, ready);

        var start = buffer.ReleaseDue(2000, ready);
        var before = buffer.Offer(Frames(16), 2001, ready);

        Assert.Equal([17L, 18], Seqs(ready));
        Assert.Equal(0, start.Gaps);
        Assert.Equal(0, start.SkippedSeqs);
        Assert.Equal(1, before.Late);
    }

    [Fact]
    public void Requeued_frames_are_released_again_by_the_next_offer()
    {
        var buffer = new SeqReorderBuffer(8, Hold);
        var ready = new List<SequencedFrame>();
        buffer.Offer(Frames(1, 2, 3), 0, ready);

        buffer.Requeue(ready.ToArray().AsSpan(1), 0);
        Assert.Equal(1, buffer.LastSeq);
        var again = new List<SequencedFrame>();
        var outcome = buffer.Offer(Frames(2), 1, again);

        Assert.Equal([2L, 3], Seqs(again));
        Assert.Equal(1, outcome.Duplicates);
        Assert.Equal(3, buffer.LastSeq);
    }

    [Fact]
    public void A_restored_buffer_keeps_its_held_frames_and_gaps()
    {
        var restored = new SeqReorderBuffer(8, Hold, lastSeq: 20, held: Frames(19, 23),
            recentGaps: [new SeqRange(15, 16)], nowMs: 100);
        var ready = new List<SequencedFrame>();

        var outcome = restored.Offer(Frames(16, 21, 22), 200, ready);

        Assert.Equal(1, outcome.Late);
        Assert.Equal([21L, 22, 23], Seqs(ready));
        Assert.Equal(23, restored.LastSeq);
    }
}
