using System.Runtime.CompilerServices;
using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics;

/// <summary>
/// Internal resistance: R = (R0 + g * (L - L0)) * exp((Ea / R) * (1/T - 1/T_ref)). The SEI is a poor
/// ionic conductor, so its film resistance grows in proportion to its thickness; the voltage sag under
/// a load current I is I * R.
/// </summary>
public static class ResistanceModel
{
    /// <summary>Cell resistance at an SEI thickness and temperature, Ω.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ResistanceOhm(ChemistryParameters chemistry, double seiThicknessNm, double temperatureC) =>
        ResistanceOhm(chemistry, seiThicknessNm,
            new ArrheniusTerm(-chemistry.Resistance.ActivationEnergyJPerMol, chemistry.ReferenceTemperatureC),
            temperatureC);

    /// <summary>Voltage sag of one cell under a load current, V.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double VoltageSagV(ChemistryParameters chemistry, double currentA, double seiThicknessNm,
        double temperatureC) =>
        VoltageSagV(chemistry, currentA, seiThicknessNm,
            new ArrheniusTerm(-chemistry.Resistance.ActivationEnergyJPerMol, chemistry.ReferenceTemperatureC),
            temperatureC);

    /// <summary>
    /// As <see cref="ResistanceOhm(ChemistryParameters, double, double)"/>, with the chemistry's resistance
    /// Arrhenius term worked out (the same value).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ResistanceOhm(ChemistryParameters chemistry, double seiThicknessNm, in ArrheniusTerm cold,
        double temperatureC) =>
        ResistanceFromFactorOhm(chemistry, seiThicknessNm, cold.Factor(temperatureC));

    /// <summary>The resistance at an SEI thickness, Arrhenius factor <paramref name="coldFactor"/> there, Ω.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ResistanceFromFactorOhm(ChemistryParameters chemistry, double seiThicknessNm,
        double coldFactor)
    {
        var resistance = chemistry.Resistance;
        var film = resistance.GrowthOhmPerNm * (seiThicknessNm - chemistry.Sei.InitialThicknessNm);
        return (resistance.InitialOhm + film) * coldFactor;
    }

    /// <summary>As the sag above, with the resistance Arrhenius term worked out (the same value).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double VoltageSagV(ChemistryParameters chemistry, double currentA, double seiThicknessNm,
        in ArrheniusTerm cold, double temperatureC) =>
        Math.Abs(currentA) * ResistanceOhm(chemistry, seiThicknessNm, cold, temperatureC);
}
