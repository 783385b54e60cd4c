using System.Runtime.CompilerServices;
using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics.Experts;

/// <summary>
/// Ion_Flux: diffusion-limited lithium loss. The solvent flux through the SEI is dL/dt = k / L; its ratio
/// to a new cell's flux at rest at the reference temperature, x = (k / L) / (k_ref / L0), grows with heat,
/// current and time at high SoC and shrinks as the film thickens. Risk = x / (1 + x) (0.5 for that
/// reference). Its degradation is the lithium the cycle's SEI growth consumes.
/// </summary>
public readonly struct IonFluxMechanism(CellAgingModel model) : IMechanismExpert
{
    private readonly SeiParameters _sei = model.Chemistry.Sei;
    private readonly ArrheniusTerm _seiArrhenius = model.TemperatureDependence.Sei;
    private readonly double _referenceFluxNmPerHour = ReferenceFluxNmPerHour(model.Chemistry.Sei);

    /// <inheritdoc />
    public string Name => "Ion_Flux";

    /// <inheritdoc />
    public ArrheniusTerm TemperatureTerm => _seiArrhenius;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ExpertAssessment Assess(in CycleConditions conditions, in CellState state, double temperatureFactor)
    {
        var k = SeiGrowthModel.RateConstantAtReferenceNm2PerHour(_sei, conditions) * temperatureFactor;
        var ratio = FluxRatio(k, state.SeiThicknessNm, _referenceFluxNmPerHour);
        return ExpertAssessment.Unlimited(ratio / (1.0 + ratio),
            SeiGrowthModel.GrowthLossPct(_sei, state.SeiThicknessNm, k, conditions.DurationHours));
    }

    /// <summary>x: the SEI growth flux over a new cell's flux at rest at the reference temperature.</summary>
    public double FluxRatio(in CycleConditions conditions, in CellState state) =>
        FluxRatio(_sei, SeiGrowthModel.RateConstantNm2PerHour(_sei, _seiArrhenius, conditions), state.SeiThicknessNm);

    /// <summary>x for a rate constant k at a thickness L: (k / L) / (k_ref / L0).</summary>
    public static double FluxRatio(SeiParameters sei, double rateConstantNm2PerHour, double thicknessNm) =>
        FluxRatio(rateConstantNm2PerHour, thicknessNm, ReferenceFluxNmPerHour(sei));

    /// <summary>The flux ratio (k / L) / (k0 / L0), with the reference flux k0 / L0 worked out.</summary>
    public static double FluxRatio(double rateConstantNm2PerHour, double thicknessNm, double referenceFluxNmPerHour) =>
        rateConstantNm2PerHour / thicknessNm / referenceFluxNmPerHour;

    /// <summary>The flux k0 / L0 of a new cell at the reference temperature, nm/h: the ratio's denominator.</summary>
    public static double ReferenceFluxNmPerHour(SeiParameters sei) =>
        sei.RateConstantNm2PerHour / sei.InitialThicknessNm;
}
