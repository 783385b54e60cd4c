namespace BatteryOs.Model.Ingestion;

/// <summary>
/// Puts one pack's frames in seq order and releases each seq at most once. A frame one past the last
/// released seq is released at once (with any held frames that follow it); a frame further ahead is held
/// while the seqs before it may still arrive. A missing seq is given up (a gap, remembered) once a later
/// frame has been held for the hold time, or once more than the capacity are held. A frame at or below
/// the last released seq is a duplicate, or late when its seq was given up in a recent gap. A feed starts
/// at its lowest seq that arrives within the hold time: the seqs below it are not a gap, but a frame for
/// one of them arriving later is late.
/// </summary>
public sealed class SeqReorderBuffer
{
    /// <summary>How many of the latest gaps are remembered to tell late frames from duplicates.</summary>
    public const int RecentGapsKept = 16;

    private readonly SortedDictionary<long, (SequencedFrame Frame, long HeldSinceMs)> _held = [];
    private readonly Queue<SeqRange> _recentGaps;
    private readonly int _capacity;
    private readonly long _holdMs;

    /// <summary>A buffer resuming after <paramref name="lastSeq"/> with frames already held.</summary>
    /// <param name="capacity">Most frames held at once; 0 gives up every gap at once.</param>
    /// <param name="holdTime">How long a held frame waits for the seqs before it.</param>
    /// <param name="lastSeq">The last seq released (0 before the first frame).</param>
    /// <param name="held">Frames held when the state was saved; they wait from <paramref name="nowMs"/>.</param>
    /// <param name="recentGaps">The latest gaps, oldest first.</param>
    /// <param name="nowMs">The current time, ms since the Unix epoch.</param>
    public SeqReorderBuffer(int capacity, TimeSpan holdTime, long lastSeq = 0,
        IEnumerable<SequencedFrame>? held = null, IEnumerable<SeqRange>? recentGaps = null, long nowMs = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        ArgumentOutOfRangeException.ThrowIfNegative(lastSeq);
        _capacity = capacity;
        _holdMs = (long)holdTime.TotalMilliseconds;
        LastSeq = lastSeq;
        _recentGaps = new Queue<SeqRange>((recentGaps ?? []).TakeLast(RecentGapsKept));
        foreach (var frame in held ?? [])
        {
            if (frame.Seq > lastSeq)
            {
                _held.TryAdd(frame.Seq, (frame, nowMs));
            }
        }
    }

    /// <summary>The last seq released for applying (0 before the first).</summary>
    public long LastSeq { get; private set; }

    /// <summary>Frames held for seqs that have not arrived yet.</summary>
    public int HeldCount => _held.Count;

    /// <summary>The held frames in seq order.</summary>
    public SequencedFrame[] Held() => [.. _held.Values.Select(h => h.Frame)];

    /// <summary>The latest gaps, oldest first.</summary>
    public SeqRange[] RecentGaps() => [.. _recentGaps];

    /// <summary>
    /// Offers frames that arrived at <paramref name="nowMs"/>; appends those that may be applied now to
    /// <paramref name="ready"/>, in seq order.
    /// </summary>
    public SeqOutcome Offer(ReadOnlySpan<SequencedFrame> frames, long nowMs, List<SequencedFrame> ready)
    {
        var outcome = new SeqOutcome();
        Drain(ready);
        foreach (var frame in frames)
        {
            if (frame.Seq <= LastSeq && IsInRecentGap(frame.Seq))
            {
                outcome.Late++;
            }
            else if (frame.Seq <= LastSeq)
            {
                outcome.Duplicates++;
            }
            else if (!_held.TryAdd(frame.Seq, (frame, nowMs)))
            {
                outcome.Duplicates++;
            }
            else
            {
                outcome.Accepted++;
                Drain(ready);
            }
        }

        outcome.Add(ReleaseDue(nowMs, ready));
        return outcome;
    }

    /// <summary>
    /// Gives up missing seqs while more than the capacity are held or the first held frame has waited
    /// the hold time; appends the frames this releases to <paramref name="ready"/>.
    /// </summary>
    public SeqOutcome ReleaseDue(long nowMs, List<SequencedFrame> ready)
    {
        var outcome = new SeqOutcome();
        Drain(ready);
        while (_held.Count > 0 && (_held.Count > _capacity || nowMs - _held.First().Value.HeldSinceMs >= _holdMs))
        {
            SkipToFirstHeld(ref outcome, ready);
        }

        return outcome;
    }

    /// <summary>Gives up every missing seq now, releasing every held frame into <paramref name="ready"/>.</summary>
    public SeqOutcome ReleaseAll(List<SequencedFrame> ready)
    {
        var outcome = new SeqOutcome();
        Drain(ready);
        while (_held.Count > 0)
        {
            SkipToFirstHeld(ref outcome, ready);
        }

        return outcome;
    }

    /// <summary>
    /// Takes back released frames that could not be applied (their seqs ascending, the tail of what was
    /// released): they are held again and released by the next offer.
    /// </summary>
    public void Requeue(ReadOnlySpan<SequencedFrame> notApplied, long nowMs)
    {
        if (notApplied.IsEmpty)
        {
            return;
        }

        LastSeq = notApplied[0].Seq - 1;
        foreach (var frame in notApplied)
        {
            _held.TryAdd(frame.Seq, (frame, nowMs));
        }
    }

    private void SkipToFirstHeld(ref SeqOutcome outcome, List<SequencedFrame> ready)
    {
        var gap = new SeqRange(LastSeq + 1, _held.First().Key - 1);
        if (LastSeq > 0)
        {
            outcome.Gaps++;
            outcome.SkippedSeqs += gap.Length;
        }

        _recentGaps.Enqueue(gap);
        if (_recentGaps.Count > RecentGapsKept)
        {
            _recentGaps.Dequeue();
        }

        LastSeq = gap.Last;
        Drain(ready);
    }

    private void Drain(List<SequencedFrame> ready)
    {
        while (_held.Remove(LastSeq + 1, out var next))
        {
            ready.Add(next.Frame);
            LastSeq++;
        }
    }

    private bool IsInRecentGap(long seq)
    {
        foreach (var gap in _recentGaps)
        {
            if (gap.Contains(seq))
            {
                return true;
            }
        }

        return false;
    }
}
