using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics.Experts;

/// <summary>
/// ALD_Coat: an atomic-layer-deposition coating multiplies the SEI rate constant by the chemistry's
/// coating factor c (1 uncoated). Risk = c * x / (1 + x), with x the uncoated SEI flux ratio of
/// <see cref="IonFluxMechanism"/>: the exposure the coating leaves. Its degradation is the SEI loss the
/// coating saves this cycle, as a negative number (0 for an uncoated cell).
/// </summary>
public sealed class AldCoatMechanism(CellAgingModel model) : IMechanismExpert
{
    private readonly SeiParameters _sei = model.Chemistry.Sei;
    private readonly double _referenceC = model.Chemistry.ReferenceTemperatureC;

    /// <inheritdoc />
    public string Name => "ALD_Coat";

    /// <summary>The coating factor on the SEI rate constant.</summary>
    public double CoatingFactor => _sei.CoatingFactor;

    /// <inheritdoc />
    public ExpertAssessment Assess(in CycleConditions conditions, in CellState state)
    {
        // The coating factor is part of k; without it the film would grow at k / c.
        var coated = SeiGrowthModel.RateConstantNm2PerHour(_sei, _referenceC, conditions);
        var uncoated = coated / CoatingFactor;
        var thickness = state.SeiThicknessNm;
        var ratio = IonFluxMechanism.FluxRatio(_sei, uncoated, thickness);
        var savedPct = SeiGrowthModel.GrowthLossPct(_sei, thickness, coated, conditions.DurationHours)
            - SeiGrowthModel.GrowthLossPct(_sei, thickness, uncoated, conditions.DurationHours);
        return ExpertAssessment.Unlimited(CoatingFactor * ratio / (1.0 + ratio), savedPct);
    }
}
