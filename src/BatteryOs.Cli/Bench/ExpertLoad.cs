namespace BatteryOs.Cli.Bench;

/// <summary>What one expert took in a bench run.</summary>
/// <param name="Frames">Selections it assessed (frames routed to it, overflow from others included).</param>
/// <param name="Overflowed">Selections that found it full and went to another expert.</param>
/// <param name="Dropped">Selections that found it full and reached no expert.</param>
internal sealed record ExpertLoad(long Frames, long Overflowed, long Dropped);
