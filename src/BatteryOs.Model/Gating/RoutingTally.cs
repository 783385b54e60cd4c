namespace BatteryOs.Model.Gating;

/// <summary>
/// What capacity limits did to one routed batch, per expert: selections it took, selections that found it
/// full and went to another expert, and selections that found it full and were dropped.
/// </summary>
public sealed class RoutingTally
{
    /// <summary>Empty counts for <paramref name="expertCount"/> experts.</summary>
    public RoutingTally(int expertCount)
    {
        Selected = new long[expertCount];
        Overflowed = new long[expertCount];
        Dropped = new long[expertCount];
    }

    /// <summary>Selections each expert took, its overflow from others included.</summary>
    public long[] Selected { get; }

    /// <summary>Selections that found the expert full and went to the frame's next-ranked expert.</summary>
    public long[] Overflowed { get; }

    /// <summary>Selections that found the expert full and reached no expert.</summary>
    public long[] Dropped { get; }

    /// <summary>Adds another tally's counts.</summary>
    public void Add(RoutingTally other)
    {
        for (var e = 0; e < Selected.Length; e++)
        {
            Selected[e] += other.Selected[e];
            Overflowed[e] += other.Overflowed[e];
            Dropped[e] += other.Dropped[e];
        }
    }
}
