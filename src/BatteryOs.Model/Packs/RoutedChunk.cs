using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Packs;

/// <summary>
/// A chunk of consecutive cycles with its routing: <c>K</c> experts and gate weights per frame, and
/// the risk each chosen expert returned, all frame-major (entry f * K + j is frame f's j-th choice).
/// </summary>
public readonly ref struct RoutedChunk
{
    /// <summary>Bundles the spans of one routed chunk.</summary>
    public RoutedChunk(ReadOnlySpan<TelemetryFrame> frames, int k, ReadOnlySpan<byte> experts,
        ReadOnlySpan<double> weights, ReadOnlySpan<double> risks)
    {
        var entries = frames.Length * k;
        if (experts.Length < entries || weights.Length < entries || risks.Length < entries)
        {
            throw new ArgumentException("Routing spans must hold frames.Length * k entries.");
        }

        Frames = frames;
        K = k;
        Experts = experts;
        Weights = weights;
        Risks = risks;
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
}
