using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Packs;

/// <summary>
/// A chunk of consecutive cycles with its routing: <c>K</c> experts and gate weights per frame, and
/// the risk and mechanism cost each chosen expert returned, all frame-major (entry f * K + j is frame f's
/// j-th choice).
/// </summary>
public readonly ref struct RoutedChunk
{
    /// <summary>Bundles the spans of one routed chunk.</summary>
    /// <param name="frames">The chunk's telemetry.</param>
    /// <param name="k">Experts chosen per frame.</param>
    /// <param name="experts">Chosen expert indices.</param>
    /// <param name="weights">Gate weights of the chosen experts.</param>
    /// <param name="risks">Risks the chosen experts returned.</param>
    /// <param name="degradationPct">Capacity cost per choice, % (empty: none attributed).</param>
    public RoutedChunk(ReadOnlySpan<TelemetryFrame> frames, int k, ReadOnlySpan<byte> experts,
        ReadOnlySpan<double> weights, ReadOnlySpan<double> risks, ReadOnlySpan<double> degradationPct = default)
    {
        var entries = frames.Length * k;
        if (experts.Length < entries || weights.Length < entries || risks.Length < entries
            || (!degradationPct.IsEmpty && degradationPct.Length < entries))
        {
            throw new ArgumentException("Routing spans must hold frames.Length * k entries.");
        }

        Frames = frames;
        K = k;
        Experts = experts;
        Weights = weights;
        Risks = risks;
        DegradationPct = degradationPct;
    }

    /// <summary>The chunk's telemetry, one frame per cycle.</summary>
    public ReadOnlySpan<TelemetryFrame> Frames { get; }

    /// <summary>Experts chosen per frame.</summary>
    public int K { get; }

    /// <summary>Chosen expert indices.</summary>
    public ReadOnlySpan<byte> Experts { get; }

    /// <summary>Gate weights of the chosen experts.</summary>
    public ReadOnlySpan<double> Weights { get; }

    /// <summary>Risk figures the chosen experts returned, each in [0, 1].</summary>
    public ReadOnlySpan<double> Risks { get; }

    /// <summary>
    /// The capacity each chosen expert's mechanism costs in its frame's cycle, % of nominal capacity; empty
    /// when the experts attribute none.
    /// </summary>
    public ReadOnlySpan<double> DegradationPct { get; }
}
