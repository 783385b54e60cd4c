namespace BatteryOs.Model.Gating;

/// <summary>What happens to a selection whose expert is already full.</summary>
public enum OverflowPolicy
{
    /// <summary>It goes to the frame's next-ranked expert that still has room, or is dropped if none has.</summary>
    NextExpert,

    /// <summary>It is dropped: the frame reaches fewer experts.</summary>
    Drop,
}
