namespace BatteryOs.Model.Physics.Experts;

/// <summary>
/// ALD_Coat: an atomic-layer-deposition coating multiplies the SEI rate constant by the chemistry's
/// coating factor c (1 uncoated). Risk = c * x / (1 + x), with x the uncoated SEI flux ratio of
/// <see cref="IonFluxMechanism"/>: the exposure the coating leaves. Its degradation is the SEI loss the
/// coating saves this cycle, as a negative number (0 for an uncoated cell).
/// </summary>
public sealed class AldCoatMechanism(CellAgingModel model) : IMechanismExpert
{
    private readonly CellAgingModel _uncoated = new(model.Chemistry with
    {
        Sei = model.Chemistry.Sei with { CoatingFactor = 1.0 },
    });

    /// <inheritdoc />
    public string Name => "ALD_Coat";

    /// <summary>The coating factor on the SEI rate constant.</summary>
    public double CoatingFactor => model.Chemistry.Sei.CoatingFactor;

    /// <inheritdoc />
    public ExpertAssessment Assess(in CycleConditions conditions, in CellState state)
    {
        var ratio = new IonFluxMechanism(_uncoated).FluxRatio(conditions, state);
        var savedPct = model.Losses(state, conditions).SeiPct - _uncoated.Losses(state, conditions).SeiPct;
        return ExpertAssessment.Unlimited(CoatingFactor * ratio / (1.0 + ratio), savedPct);
    }
}
