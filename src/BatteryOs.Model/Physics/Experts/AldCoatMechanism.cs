using System.Runtime.CompilerServices;
using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics.Experts;

/// <summary>
/// ALD_Coat: an atomic-layer-deposition coating multiplies the SEI rate constant by the chemistry's
/// coating factor c (1 uncoated). Risk = c * x / (1 + x), with x the uncoated SEI flux ratio of
/// <see cref="IonFluxMechanism"/>: the exposure the coating leaves. Its degradation is the SEI loss the
/// coating saves this cycle, as a negative number (0 for an uncoated cell).
/// </summary>
public readonly struct AldCoatMechanism(CellAgingModel model) : IMechanismExpert
{
    private readonly SeiParameters _sei = model.Chemistry.Sei;
    private readonly ArrheniusTerm _seiArrhenius = model.TemperatureDependence.Sei;
    private readonly double _referenceFluxNmPerHour = IonFluxMechanism.ReferenceFluxNmPerHour(model.Chemistry.Sei);

    /// <inheritdoc />
    public string Name => "ALD_Coat";

    /// <summary>The coating factor on the SEI rate constant.</summary>
    public double CoatingFactor => _sei.CoatingFactor;

    /// <inheritdoc />
    public ArrheniusTerm TemperatureTerm => _seiArrhenius;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ExpertAssessment Assess(in CycleConditions conditions, in CellState state, double temperatureFactor)
    {
        // The coating factor is part of k; without it the film would grow at k / c.
        var coated = SeiGrowthModel.RateConstantAtReferenceNm2PerHour(_sei, conditions) * temperatureFactor;
        var thickness = state.SeiThicknessNm;
        if (CoatingFactor == 1.0)
        {
            // Uncoated: k / 1 is k, so the film saves nothing; the same numbers without the second growth.
            var bare = IonFluxMechanism.FluxRatio(coated, thickness, _referenceFluxNmPerHour);
            return ExpertAssessment.Unlimited(bare / (1.0 + bare), 0.0);
        }

        var uncoated = coated / CoatingFactor;
        var ratio = IonFluxMechanism.FluxRatio(uncoated, thickness, _referenceFluxNmPerHour);
        var savedPct = SeiGrowthModel.GrowthLossPct(_sei, thickness, coated, conditions.DurationHours)
            - SeiGrowthModel.GrowthLossPct(_sei, thickness, uncoated, conditions.DurationHours);
        return ExpertAssessment.Unlimited(CoatingFactor * ratio / (1.0 + ratio), savedPct);
    }
}
