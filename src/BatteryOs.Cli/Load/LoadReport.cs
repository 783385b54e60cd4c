namespace BatteryOs.Cli.Load;

/// <summary>The figures of a load run: what was sent, what the cluster counted, and whether they agree.</summary>
internal sealed record LoadReport
{
    public int Packs { get; init; }
    public int Rate { get; init; }
    public int Seconds { get; init; }
    public string Broker { get; init; } = "";
    public long Published { get; init; }
    public long ValidSent { get; init; }
    public long BadSent { get; init; }
    public long DuplicatesSent { get; init; }
    public Dictionary<string, long> BadSentByReason { get; init; } = [];
    public long PublishFailed { get; init; }
    public long PublishUnrouted { get; init; }
    public double PublishSeconds { get; init; }
    public double PublishRatePerSecond { get; init; }
    public double EndToEndSeconds { get; init; }
    public double AppliedRatePerSecond { get; init; }
    public long MaxBacklogFrames { get; init; }
    public long Accepted { get; init; }
    public long Applied { get; init; }
    public long Duplicates { get; init; }
    public long SkippedSeqs { get; init; }
    public long Rejected { get; init; }
    public Dictionary<string, long> RejectedByReason { get; init; } = [];
    public long CyclesAdded { get; init; }
    public int PacksShort { get; init; }
    public List<string> Problems { get; init; } = [];

    /// <summary>True when every figure agrees: nothing lost, nothing counted twice.</summary>
    public bool Ok => Problems.Count == 0;
}
