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

    /// <summary>
    /// Takes frames from a battery management system: each seq is applied once, in seq order (a frame
    /// ahead of the next seq is held for a while), redeliveries are ignored, and a seq given up as
    /// missing is recorded as a gap. A new pack runs <see cref="Model.Profiles.ModelProfiles.DefaultName"/>;
    /// a pack keeps the model it was created with. Invalid frames reject the whole batch, changing nothing.
    /// </summary>
    Task<IngestResult> Ingest(IngestBatch batch);

    /// <summary>Gives up every missing seq now and applies every held frame (the end of a feed).</summary>
    Task<IngestResult> ReleaseHeld();

    /// <summary>The pack's current condition.</summary>
    Task<PackSummary> GetSummary();

    /// <summary>
    /// Writes the pack's state now if it changed since the last checkpoint, and returns the pack's condition
    /// after the write (one call where a checkpoint and a summary would take two).
    /// </summary>
    Task<PackSummary> Checkpoint();
}
