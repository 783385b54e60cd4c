namespace BatteryOs.Contracts.Wire;

/// <summary>What a pack did with a batch of ingested frames.</summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.IngestResult")]
public sealed record IngestResult
{
    /// <summary>New frames the pack took: applied now, or held until the seqs before them arrive.</summary>
    [Id(0)] public int Accepted { get; init; }

    /// <summary>Frames applied by this call (held frames released by it included).</summary>
    [Id(1)] public int Applied { get; init; }

    /// <summary>Redelivered frames (seq already applied or already held): ignored.</summary>
    [Id(2)] public int Duplicates { get; init; }

    /// <summary>Frames whose seq had been given up as missing: rejected as late, not applied.</summary>
    [Id(3)] public int Late { get; init; }

    /// <summary>Gaps this call gave up on.</summary>
    [Id(4)] public int Gaps { get; init; }

    /// <summary>Missing seqs this call gave up on.</summary>
    [Id(5)] public long SkippedSeqs { get; init; }

    /// <summary>Frames held after the call, waiting for earlier seqs.</summary>
    [Id(6)] public int Held { get; init; }

    /// <summary>The last seq applied.</summary>
    [Id(7)] public long LastSeq { get; init; }

    /// <summary>The pack's cycle count after the call.</summary>
    [Id(8)] public long Cycle { get; init; }
}
