using BatteryOs.Model.Ingestion;

namespace BatteryOs.Contracts.Wire;

/// <summary>Cumulative ingestion counts: of one silo since it started, or summed over a cluster.</summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.IngestionTotals")]
public sealed record IngestionTotals
{
    /// <summary>Frames packs took.</summary>
    [Id(0)] public long Accepted { get; init; }

    /// <summary>Frames applied (one cycle each).</summary>
    [Id(1)] public long Applied { get; init; }

    /// <summary>Redelivered frames ignored.</summary>
    [Id(2)] public long Duplicates { get; init; }

    /// <summary>Seqs given up as missing.</summary>
    [Id(3)] public long SkippedSeqs { get; init; }

    /// <summary>Rejected frames per <see cref="RejectReason"/>, indexed by the enum's value.</summary>
    [Id(4)] public long[] Rejected { get; init; } = new long[RejectReasons.All.Count];

    /// <summary>Every rejected frame, whatever the reason.</summary>
    public long RejectedTotal => Rejected.Sum();

    /// <summary>Rejected frames of one reason.</summary>
    public long RejectedFor(RejectReason reason) => (int)reason < Rejected.Length ? Rejected[(int)reason] : 0;

    /// <summary>The sum of two totals.</summary>
    public IngestionTotals Plus(IngestionTotals other) => new()
    {
        Accepted = Accepted + other.Accepted,
        Applied = Applied + other.Applied,
        Duplicates = Duplicates + other.Duplicates,
        SkippedSeqs = SkippedSeqs + other.SkippedSeqs,
        Rejected = [.. RejectReasons.All.Select(r => RejectedFor(r) + other.RejectedFor(r))],
    };
}
