namespace BatteryOs.Model.Physics.Experts;

/// <summary>
/// Ion_Flux: diffusion-limited lithium loss. The solvent flux through the SEI is dL/dt = k / L; its ratio
/// to a new cell's flux at rest at the reference temperature, x = (k / L) / (k_ref / L0), grows with heat,
/// current and time at high SoC and shrinks as the film thickens. Risk = x / (1 + x) (0.5 for that
/// reference). Its degradation is the lithium the cycle's SEI growth consumes.
/// </summary>
public sealed class IonFluxMechanism(CellAgingModel model) : IMechanismExpert
{
    /// <inheritdoc />
    public string Name => "Ion_Flux";

    /// <inheritdoc />
    public ExpertAssessment Assess(in CycleConditions conditions, in CellState state)
    {
        var ratio = FluxRatio(conditions, state);
        return ExpertAssessment.Unlimited(ratio / (1.0 + ratio), model.Losses(state, conditions).SeiPct);
    }

    /// <summary>x: the SEI growth flux over a new cell's flux at rest at the reference temperature.</summary>
    public double FluxRatio(in CycleConditions conditions, in CellState state)
    {
        var sei = model.Chemistry.Sei;
        var k = SeiGrowthModel.RateConstantNm2PerHour(sei, model.Chemistry.ReferenceTemperatureC, conditions);
        return k / state.SeiThicknessNm / (sei.RateConstantNm2PerHour / sei.InitialThicknessNm);
    }
}
