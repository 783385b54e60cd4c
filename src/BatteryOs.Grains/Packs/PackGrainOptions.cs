using System.ComponentModel.DataAnnotations;

namespace BatteryOs.Grains.Packs;

/// <summary>How pack grains batch, route, smooth and checkpoint.</summary>
public sealed class PackGrainOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Packs";

    /// <summary>Write a pack's state after this many cycles since its last checkpoint.</summary>
    [Range(1, long.MaxValue)]
    public long CheckpointEveryCycles { get; set; } = 1000;

    /// <summary>
    /// Whether a changed pack writes its state when its silo shuts down (it always does when deactivated
    /// otherwise). An embedded silo on the memory store turns it off: that state ends with the process, and the
    /// write would only fail against the storage's own grains as they shut down too.
    /// </summary>
    public bool CheckpointOnShutdown { get; set; } = true;

    /// <summary>Most cycles routed in one router call (and one call per chosen expert).</summary>
    [Range(1, 65536)]
    public int MaxBatchCycles { get; set; } = 1000;

    /// <summary>Experts chosen per frame.</summary>
    [Range(1, 5)]
    public int TopK { get; set; } = 3;

    /// <summary>Cycles in the rolling window that smooths SoH.</summary>
    [Range(1, 1024)]
    public int SmoothingWindowCycles { get; set; } = 8;

    /// <summary>
    /// Most ingested frames a pack holds while it waits for a missing seq; one more gives the missing seqs up.
    /// 0 gives every gap up at once (no reordering).
    /// </summary>
    [Range(0, 4096)]
    public int ReorderCapacityFrames { get; set; } = 64;

    /// <summary>How long an ingested frame ahead of the next seq waits for the seqs before it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ReorderHoldTime { get; set; } = TimeSpan.FromSeconds(2);
}
