namespace BatteryOs.Model.Ingestion;

/// <summary>Consecutive seqs, both ends included.</summary>
/// <param name="First">The first seq of the range.</param>
/// <param name="Last">The last seq of the range.</param>
public readonly record struct SeqRange(long First, long Last)
{
    /// <summary>Seqs in the range.</summary>
    public long Length => Last - First + 1;

    /// <summary>True when <paramref name="seq"/> lies in the range.</summary>
    public bool Contains(long seq) => seq >= First && seq <= Last;
}
