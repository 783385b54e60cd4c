using System.Runtime.CompilerServices;
using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics;

/// <summary>
/// Lithium plating: when the charge current outruns lithium diffusion into graphite, metal deposits on
/// the anode and part of it is lost for good. Diffusion slows in the cold, so the loss per cycle is
/// p * DoD * C_charge * s(SoC_end) * exp((Ea / R) * (1/T - 1/T_ref)), rising as T falls; s grows
/// linearly from 0 at a 50 % charge end to 1 at 100 %, because plating happens near full charge.
/// </summary>
public static class PlatingModel
{
    /// <summary>How much of the charge ends in the plating-prone high-SoC region, 0-1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SocFactor(double chargeEndSoc) => Math.Clamp((chargeEndSoc - 0.5) / 0.5, 0.0, 1.0);

    /// <summary>
    /// Plating rate at <paramref name="temperatureC"/> over its rate at the reference (above 1 when colder).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ColdFactor(PlatingParameters plating, double referenceTemperatureC, double temperatureC) =>
        Arrhenius.Factor(temperatureC, -plating.ActivationEnergyJPerMol, referenceTemperatureC);

    /// <summary>The cycle's plating loss, % of nominal capacity.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LossPct(PlatingParameters plating, double referenceTemperatureC,
        in CycleConditions conditions) =>
        LossPct(plating, conditions, ColdFactor(plating, referenceTemperatureC, conditions.TemperatureC));

    /// <summary>The cycle's plating loss at a known <see cref="ColdFactor"/>, % of nominal capacity.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LossPct(PlatingParameters plating, in CycleConditions conditions, double coldFactor) =>
        plating.CoefficientPct * conditions.DepthOfDischarge * Exposure(conditions) * coldFactor;

    /// <summary>The charge's plating exposure: C_charge * s(SoC_end), 1/h.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Exposure(in CycleConditions conditions) =>
        Math.Abs(conditions.ChargeCRate) * SocFactor(conditions.ChargeEndSoc);
}
