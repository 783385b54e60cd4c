using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Experts;

/// <summary>
/// One expert of the mixture: it scores how relevant it is to a frame (the seed gate's raw weight)
/// and assesses the frames routed to it with a risk figure in [0, 1].
/// </summary>
public interface IExpertModel
{
    /// <summary>The expert's stable name, as it appears in reports and traces.</summary>
    string Name { get; }

    /// <summary>The seed profile's gate rule for this expert.</summary>
    SeedGateRule SeedGateRule { get; }

    /// <summary>Writes one risk figure in [0, 1] per frame into <paramref name="riskOut"/>.</summary>
    void Assess(ReadOnlySpan<TelemetryFrame> frames, Span<double> riskOut);
}
