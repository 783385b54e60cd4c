using System.Runtime.CompilerServices;
using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics.Experts;

/// <summary>
/// Dendrite_Predict: lithium plating risk from temperature, charge current and SoC. The propensity is
/// π = (C_charge / C_max) * s(SoC_end) * exp((Ea_pl / R) * (1/T - 1/T_ref)): the charge rate over the
/// maker's limit, weighted by how far the charge goes into the high-SoC region and by how much slower
/// lithium diffuses into graphite in the cold. Risk = π / (1 + π) (0.5 when charging at the limit at
/// the reference temperature to full). Its degradation is the plating loss; the advice caps the charge
/// power so π stays at or below 1.
/// </summary>
public readonly struct DendritePredictMechanism(CellAgingModel model) : IMechanismExpert
{
    private readonly ChemistryParameters _chemistry = model.Chemistry;
    private readonly ArrheniusTerm _cold = model.TemperatureDependence.PlatingCold;

    /// <inheritdoc />
    public string Name => "Dendrite_Predict";

    /// <inheritdoc />
    public ArrheniusTerm TemperatureTerm => _cold;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ExpertAssessment Assess(in CycleConditions conditions, in CellState state, double temperatureFactor)
    {
        var cold = temperatureFactor;
        var propensity = PlatingModel.Exposure(conditions) / _chemistry.MaxChargeCRate * cold;
        var lossPct = PlatingModel.LossPct(_chemistry.Plating, conditions, cold);
        return new ExpertAssessment(propensity / (1.0 + propensity), lossPct,
            propensity > 1.0 ? 1.0 / propensity : 1.0);
    }

    /// <summary>The plating propensity π of a cycle (1 = at the maker's limit at the reference temperature).</summary>
    public double Propensity(in CycleConditions conditions) =>
        PlatingModel.Exposure(conditions) / _chemistry.MaxChargeCRate
        * _cold.Factor(conditions.TemperatureC);
}
