namespace BatteryOs.Grains.Metrics;

/// <summary>The histogram bucket boundaries of the simulation's instruments.</summary>
internal static class MetricBuckets
{
    /// <summary>SoH, %: coarse below 60 %, every 1 % from 60 to 100 % where packs spend their service life.</summary>
    public static IReadOnlyList<double> SohPct { get; } =
        [0, 10, 20, 30, 40, 50, .. Enumerable.Range(60, 41).Select(p => (double)p)];

    /// <summary>SEI thickness, nm: roughly logarithmic from a new cell's film to a worn-out one.</summary>
    public static IReadOnlyList<double> SeiNm { get; } =
        [1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150, 200];

    /// <summary>Frames per expert call: up to a full chunk (1,000 frames by default) and beyond.</summary>
    public static IReadOnlyList<long> BatchFrames { get; } =
        [1, 2, 5, 10, 20, 50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 2000, 5000];

    /// <summary>Expert call latency, s: from a local call's microseconds to a slow remote second.</summary>
    public static IReadOnlyList<double> ExpertSeconds { get; } =
    [
        0.000_005, 0.000_01, 0.000_025, 0.000_05, 0.000_1, 0.000_25, 0.000_5,
        0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
    ];
}
