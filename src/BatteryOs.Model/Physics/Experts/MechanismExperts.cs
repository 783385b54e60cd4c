namespace BatteryOs.Model.Physics.Experts;

/// <summary>
/// The five mechanism experts for one chemistry, in <see cref="BatteryOs.Model.Experts.ExpertCatalog"/>
/// order. Ion_Flux, Dendrite_Predict and Power_Shaper split a cycle's capacity loss between them (SEI,
/// plating, cycling) and sum to <see cref="CycleLoss.TotalPct"/>; Thermal_Regulator and ALD_Coat
/// attribute part of the SEI loss to temperature and to the coating and overlap with Ion_Flux.
/// </summary>
public static class MechanismExperts
{
    /// <summary>The experts for the chemistry of <paramref name="model"/>.</summary>
    public static IReadOnlyList<IMechanismExpert> For(CellAgingModel model) =>
    [
        new ThermalRegulatorMechanism(model),
        new DendritePredictMechanism(model),
        new PowerShaperMechanism(model),
        new IonFluxMechanism(model),
        new AldCoatMechanism(model),
    ];
}
