namespace BatteryOs.Model.Ingestion;

/// <summary>The metric label of each <see cref="RejectReason"/>: lower-case words joined by underscores.</summary>
public static class RejectReasons
{
    private static readonly string[] Labels =
    [
        "malformed_json", "wrong_type", "missing_field", "not_finite", "out_of_range", "bad_seq",
        "future_timestamp", "bad_pack_id", "bad_topic", "oversize", "unauthorized", "late", "unavailable",
    ];

    /// <summary>Every reason, in enum order.</summary>
    public static IReadOnlyList<RejectReason> All { get; } = Enum.GetValues<RejectReason>();

    /// <summary>The label of a reason, e.g. <c>out_of_range</c>.</summary>
    public static string Label(this RejectReason reason) => Labels[(int)reason];
}
