namespace BatteryOs.Cli.Simulate;

/// <summary>Wall-clock time of each phase of a <c>simulate</c> run.</summary>
internal sealed record PhaseTimes(TimeSpan Loading, TimeSpan Simulating, TimeSpan Checkpointing, TimeSpan Command);
