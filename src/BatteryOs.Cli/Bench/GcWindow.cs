namespace BatteryOs.Cli.Bench;

/// <summary>
/// The garbage collections of one stretch of a run: how many of each generation (a generation-2 collection
/// also counts as one of generations 0 and 1), how long they paused the process, and the bytes allocated.
/// </summary>
internal sealed record GcWindow(int Gen0Collections, int Gen1Collections, int Gen2Collections, double PauseSeconds,
    long AllocatedBytes)
{
    /// <summary>Starts a window now; <see cref="Start.Stop"/> closes it.</summary>
    public static Start Open() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
        GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: true));

    /// <summary>The collection counts and total pause at the window's start.</summary>
    internal sealed record Start(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Allocated)
    {
        /// <summary>The collections since the start.</summary>
        public GcWindow Stop() => new(GC.CollectionCount(0) - Gen0, GC.CollectionCount(1) - Gen1,
            GC.CollectionCount(2) - Gen2, (GC.GetTotalPauseDuration() - Paused).TotalSeconds,
            GC.GetTotalAllocatedBytes(precise: true) - Allocated);
    }
}
