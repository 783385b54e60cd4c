namespace BatteryOs.Model.Ingestion;

/// <summary>Why one frame or payload was rejected, with a one-line description for the sender.</summary>
/// <param name="Reason">The kind of problem (the metric label).</param>
/// <param name="Detail">What exactly is wrong, naming the field.</param>
public sealed record FrameProblem(RejectReason Reason, string Detail);
