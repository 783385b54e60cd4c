using System.Runtime.CompilerServices;
using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics.Experts;

/// <summary>
/// Thermal_Regulator: Arrhenius thermal stress. The stress is the SEI rate's Arrhenius factor
/// s(T) = exp(-(Ea / R) * (1/T - 1/T_ref)); risk = (s - 1) / (s(60 °C) - 1), clamped to [0, 1], so it is 0
/// at or below the reference temperature and 1 at 60 °C. Its degradation is the SEI loss the cycle costs
/// beyond the same cycle at the reference temperature (negative when colder). Advice: full power up to
/// 45 °C, derated linearly to half power at 60 °C and above.
/// </summary>
public readonly struct ThermalRegulatorMechanism(CellAgingModel model) : IMechanismExpert
{
    /// <summary>Temperature at which the risk reaches 1, °C.</summary>
    public const double FullRiskC = 60.0;

    /// <summary>Temperature above which power is derated, °C.</summary>
    public const double DerateStartC = 45.0;

    /// <summary>Power fraction advised at and above <see cref="FullRiskC"/>.</summary>
    public const double MinPowerFraction = 0.5;

    private readonly ChemistryParameters _chemistry = model.Chemistry;
    private readonly ArrheniusTerm _seiArrhenius = model.TemperatureDependence.Sei;
    private readonly double _fullRiskStress = Arrhenius.Factor(FullRiskC, model.Chemistry.Sei.ActivationEnergyJPerMol,
        model.Chemistry.ReferenceTemperatureC);

    /// <inheritdoc />
    public string Name => "Thermal_Regulator";

    /// <inheritdoc />
    public ArrheniusTerm TemperatureTerm => _seiArrhenius;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ExpertAssessment Assess(in CycleConditions conditions, in CellState state, double temperatureFactor)
    {
        var stress = temperatureFactor;
        var risk = Math.Clamp((stress - 1.0) / (_fullRiskStress - 1.0), 0.0, 1.0);

        // The same cycle at the reference temperature differs only by the Arrhenius factor of k.
        var sei = _chemistry.Sei;
        var atReference = SeiGrowthModel.RateConstantAtReferenceNm2PerHour(sei, conditions);
        var extraPct = SeiGrowthModel.GrowthLossPct(sei, state.SeiThicknessNm, atReference * stress,
                conditions.DurationHours)
            - SeiGrowthModel.GrowthLossPct(sei, state.SeiThicknessNm, atReference, conditions.DurationHours);

        var derate = Math.Clamp((conditions.TemperatureC - DerateStartC) / (FullRiskC - DerateStartC), 0.0, 1.0);
        return new ExpertAssessment(risk, extraPct, 1.0 - (1.0 - MinPowerFraction) * derate);
    }

    /// <summary>The SEI rate's Arrhenius factor at a temperature.</summary>
    public double Stress(double temperatureC) => _seiArrhenius.Factor(temperatureC);
}
