using BatteryOs.Contracts.State;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Ingestion;

namespace BatteryOs.Grains.Packs;

/// <summary>
/// A pack's record of ingested telemetry: the seq order (held frames, recent gaps) and what was applied.
/// Kept beside the pack's life and copied into its checkpoint with it.
/// </summary>
internal sealed class PackIngestion
{
    private PackIngestion(SeqReorderBuffer buffer) => Buffer = buffer;

    /// <summary>The seq order of the pack's frames.</summary>
    public SeqReorderBuffer Buffer { get; }

    /// <summary>Gaps given up on so far.</summary>
    public long Gaps { get; private set; }

    /// <summary>Seqs given up as missing so far.</summary>
    public long SkippedSeqs { get; private set; }

    /// <summary>Ingested frames applied so far.</summary>
    public long IngestedFrames { get; private set; }

    /// <summary>Measurement time of the last frame applied, ms since the Unix epoch.</summary>
    public long LastTimestampUnixMs { get; private set; }

    /// <summary>State of charge of the last frame applied that reported one, %.</summary>
    public double? LastSocPct { get; private set; }

    /// <summary>Experts chosen for the last ingested cycle.</summary>
    public byte[] RecentExperts { get; private set; } = [];

    /// <summary>Gate weights of <see cref="RecentExperts"/>.</summary>
    public double[] RecentWeights { get; private set; } = [];

    /// <summary>True when something changed since the last checkpoint.</summary>
    public bool Changed { get; set; }

    /// <summary>Rebuilds the record from a checkpoint.</summary>
    public static PackIngestion Restore(PackState state, PackGrainOptions options, long nowMs)
    {
        var gaps = new List<SeqRange>();
        for (var i = 0; i + 1 < state.RecentGaps.Length; i += 2)
        {
            gaps.Add(new SeqRange(state.RecentGaps[i], state.RecentGaps[i + 1]));
        }

        var buffer = new SeqReorderBuffer(options.ReorderCapacityFrames, options.ReorderHoldTime, state.LastSeq,
            state.HeldFrames, gaps, nowMs);
        return new PackIngestion(buffer)
        {
            Gaps = state.Gaps,
            SkippedSeqs = state.SkippedSeqs,
            IngestedFrames = state.IngestedFrames,
            LastTimestampUnixMs = state.LastTimestampUnixMs,
            LastSocPct = state.LastSocPct,
            RecentExperts = state.RecentExperts,
            RecentWeights = state.RecentWeights,
        };
    }

    /// <summary>Copies the record into a checkpoint.</summary>
    public void Capture(PackState state)
    {
        state.LastSeq = Buffer.LastSeq;
        state.Gaps = Gaps;
        state.SkippedSeqs = SkippedSeqs;
        state.IngestedFrames = IngestedFrames;
        state.HeldFrames = Buffer.Held();
        state.RecentGaps = [.. Buffer.RecentGaps().SelectMany(g => new[] { g.First, g.Last })];
        state.LastTimestampUnixMs = LastTimestampUnixMs;
        state.LastSocPct = LastSocPct;
        state.RecentExperts = RecentExperts;
        state.RecentWeights = RecentWeights;
    }

    /// <summary>Records the gaps an offer gave up on.</summary>
    public void Record(in SeqOutcome outcome)
    {
        Gaps += outcome.Gaps;
        SkippedSeqs += outcome.SkippedSeqs;
        Changed |= outcome.Accepted > 0 || outcome.Gaps > 0;
    }

    /// <summary>Records applied frames, the last of them <paramref name="last"/>, and its routing.</summary>
    public void Applied(int count, in SequencedFrame last, ReadOnlySpan<byte> experts, ReadOnlySpan<double> weights)
    {
        IngestedFrames += count;
        LastTimestampUnixMs = last.TimestampUnixMs;
        LastSocPct = last.SocPct ?? LastSocPct;
        RecentExperts = experts.ToArray();
        RecentWeights = weights.ToArray();
        Changed = true;
    }

    /// <summary>The answer to an ingest call.</summary>
    public IngestResult Result(in SeqOutcome outcome, int applied, long cycle) => new()
    {
        Accepted = outcome.Accepted,
        Applied = applied,
        Duplicates = outcome.Duplicates,
        Late = outcome.Late,
        Gaps = outcome.Gaps,
        SkippedSeqs = outcome.SkippedSeqs,
        Held = Buffer.HeldCount,
        LastSeq = Buffer.LastSeq,
        Cycle = cycle,
    };
}
