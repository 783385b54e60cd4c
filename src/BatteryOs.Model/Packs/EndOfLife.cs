namespace BatteryOs.Model.Packs;

/// <summary>The end-of-life threshold of a pack: its SoH has fallen below 80 % of the new capacity.</summary>
public static class EndOfLife
{
    /// <summary>The threshold, % SoH.</summary>
    public const double SohPct = 80.0;

    /// <summary>True when a pack at <paramref name="sohPct"/> % SoH is below end of life.</summary>
    public static bool IsReached(double sohPct) => sohPct < SohPct;
}
