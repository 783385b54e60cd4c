using System.Runtime.CompilerServices;
using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics.Experts;

/// <summary>
/// Power_Shaper: C-rate stress and power derating. The rate stress is C_discharge / C_max; the sag
/// stress is the voltage sag I * R(L, T) over the headroom between nominal and cut-off voltage, since a
/// sag beyond it ends the discharge early. Risk = the larger of the two, clamped to [0, 1]. Its
/// degradation is the cycling (power-law) loss; the advice cuts power so that both stresses are at most 1.
/// </summary>
public readonly struct PowerShaperMechanism(CellAgingModel model) : IMechanismExpert
{
    private readonly ChemistryParameters _chemistry = model.Chemistry;
    private readonly ArrheniusTerm _cyclingArrhenius = model.TemperatureDependence.Cycling;
    private readonly ArrheniusTerm _resistanceCold = model.TemperatureDependence.ResistanceCold;

    /// <inheritdoc />
    public string Name => "Power_Shaper";

    /// <inheritdoc />
    public ArrheniusTerm TemperatureTerm => _resistanceCold;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ExpertAssessment Assess(in CycleConditions conditions, in CellState state, double temperatureFactor)
    {
        var rateStress = Math.Abs(conditions.DischargeCRate) / _chemistry.MaxDischargeCRate;
        var headroomV = _chemistry.NominalVoltageV - _chemistry.MinVoltageV;
        var sagStress = SagV(conditions, state, temperatureFactor) / headroomV;
        var stress = Math.Max(rateStress, sagStress);
        var lossPct = CyclingFadeModel.LossPct(_chemistry.Cycling, _cyclingArrhenius,
            state.EquivalentFullCycles, state.EquivalentFullCycles + conditions.DepthOfDischarge, conditions);
        return new ExpertAssessment(Math.Clamp(stress, 0.0, 1.0), lossPct, stress > 1.0 ? 1.0 / stress : 1.0);
    }

    /// <summary>One cell's voltage sag at the cycle's discharge current, V.</summary>
    public double SagV(in CycleConditions conditions, in CellState state) =>
        SagV(conditions, state, _resistanceCold.Factor(conditions.TemperatureC));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double SagV(in CycleConditions conditions, in CellState state, double coldFactor) =>
        Math.Abs(conditions.DischargeCRate * _chemistry.NominalCapacityAh)
        * ResistanceModel.ResistanceFromFactorOhm(_chemistry, state.SeiThicknessNm, coldFactor);
}
