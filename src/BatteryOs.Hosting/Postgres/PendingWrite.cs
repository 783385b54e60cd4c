namespace BatteryOs.Hosting.Postgres;

/// <summary>One grain's state write waiting for its batch: its row, the version it holds, the new payload.</summary>
internal sealed class PendingWrite(StoredGrainKey key, int? heldVersion, byte[] payload)
{
    public StoredGrainKey Key { get; } = key;

    /// <summary>The version the grain holds (its ETag), null for a grain that has never been written.</summary>
    public int? HeldVersion { get; } = heldVersion;

    public byte[] Payload { get; } = payload;

    /// <summary>
    /// The new version, or null when the optimistic check failed. Continuations run asynchronously: the batch
    /// completes its writes from a pool thread and must not run every grain's continuation on it.
    /// </summary>
    public TaskCompletionSource<int?> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
