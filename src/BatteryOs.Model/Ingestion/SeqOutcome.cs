namespace BatteryOs.Model.Ingestion;

/// <summary>What offering frames to a <see cref="SeqReorderBuffer"/> did, frame by frame, in counts.</summary>
public struct SeqOutcome
{
    /// <summary>New frames taken: released for applying now or held until their turn.</summary>
    public int Accepted;

    /// <summary>Frames whose seq was already applied or is already held (a redelivery): ignored.</summary>
    public int Duplicates;

    /// <summary>Frames whose seq was given up as missing before they arrived: rejected, never applied.</summary>
    public int Late;

    /// <summary>Missing seqs given up in this offer (frames that were never received in time).</summary>
    public long SkippedSeqs;

    /// <summary>Gaps closed in this offer (each is one or more consecutive missing seqs).</summary>
    public int Gaps;

    /// <summary>Adds another outcome's counts to this one.</summary>
    public void Add(in SeqOutcome other)
    {
        Accepted += other.Accepted;
        Duplicates += other.Duplicates;
        Late += other.Late;
        SkippedSeqs += other.SkippedSeqs;
        Gaps += other.Gaps;
    }
}
