using BatteryOs.Contracts.Wire;

namespace BatteryOs.Contracts;

/// <summary>One battery pack, keyed by its id (a non-negative integer).</summary>
public interface IPackGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Advances the pack with its own synthetic telemetry until it has completed
    /// <paramref name="targetCycle"/> cycles. Idempotent: a pack already there is left as it is, so a
    /// driver may retry after a fault without counting cycles twice.
    /// </summary>
    Task<PackSummary> AdvanceTo(long targetCycle, SyntheticRun run);

    /// <summary>
    /// Applies given telemetry: frame i is cycle <paramref name="firstCycle"/> + i. Frames for cycles
    /// already completed are skipped (a redelivered batch is harmless); a gap is an error.
    /// </summary>
    Task<ApplyResult> ApplyTelemetry(FrameBatch frames, long firstCycle, string model);

    /// <summary>The pack's current condition.</summary>
    Task<PackSummary> GetSummary();

    /// <summary>Writes the pack's state now if it changed since the last checkpoint.</summary>
    Task Checkpoint();
}
