using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Ingestion;

namespace BatteryOs.Hosting.Api;

/// <summary>Ingestion counts as the HTTP API shows them: rejected frames by reason label.</summary>
public sealed record IngestionTotalsView(
    long Accepted,
    long Applied,
    long Duplicates,
    long SkippedSeqs,
    long Rejected,
    IReadOnlyDictionary<string, long> RejectedByReason)
{
    /// <summary>The view of some totals.</summary>
    public static IngestionTotalsView Of(IngestionTotals totals) => new(totals.Accepted, totals.Applied,
        totals.Duplicates, totals.SkippedSeqs, totals.RejectedTotal,
        RejectReasons.All.ToDictionary(r => r.Label(), totals.RejectedFor));
}
