using BatteryOs.Model.Experts;

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

    /// <summary>
    /// The assessor of the expert named <paramref name="expertName"/> inside <paramref name="profile"/>, or null
    /// when no mechanism model has that name.
    /// </summary>
    public static IExpertAssessor? AssessorFor(string expertName, PhysicsProfile profile) =>
        For(profile.Model).FirstOrDefault(m => m.Name == expertName) switch
        {
            ThermalRegulatorMechanism m => Assessor(profile, m),
            DendritePredictMechanism m => Assessor(profile, m),
            PowerShaperMechanism m => Assessor(profile, m),
            IonFluxMechanism m => Assessor(profile, m),
            AldCoatMechanism m => Assessor(profile, m),
            _ => null,
        };

    private static MechanismAssessor<TMechanism> Assessor<TMechanism>(PhysicsProfile profile, TMechanism mechanism)
        where TMechanism : struct, IMechanismExpert => new(profile, mechanism);
}
