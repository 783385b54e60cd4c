using System.Runtime.CompilerServices;
using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics;

/// <summary>
/// Diffusion-limited SEI growth. Solvent must diffuse through the existing film to react, so the
/// thickness L grows as dL/dt = k / L, whose exact solution over a stretch of constant conditions is
/// L(t) = sqrt(L0² + 2 k t): linear while the film is thin, then proportional to sqrt(t).
/// </summary>
public static class SeiGrowthModel
{
    /// <summary>
    /// The rate constant k under one cycle's conditions, nm²/h:
    /// k = k_ref * coating * Arrhenius(T, Ea) * (1 + a_I * C_discharge + a_SoC * f_highSoc).
    /// Current adds fresh graphite surface (particle strain), and time above 80 % SoC holds the anode at
    /// a low potential where electrolyte reduction is fastest; both add to the rest rate linearly.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double RateConstantNm2PerHour(SeiParameters sei, double referenceTemperatureC,
        in CycleConditions conditions) =>
        RateConstantNm2PerHour(sei, new ArrheniusTerm(sei.ActivationEnergyJPerMol, referenceTemperatureC), conditions);

    /// <summary>
    /// k under the cycle's current and SoC but at the reference temperature (its Arrhenius factor 1), nm²/h:
    /// k_ref * coating * (1 + a_I * C_discharge + a_SoC * f_highSoc).
    /// </summary>
    /// <summary>
    /// As <see cref="RateConstantNm2PerHour(SeiParameters, double, in CycleConditions)"/>, with the chemistry's
    /// SEI Arrhenius term worked out (the same value).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double RateConstantNm2PerHour(SeiParameters sei, in ArrheniusTerm arrhenius,
        in CycleConditions conditions) =>
        RateConstantAtReferenceNm2PerHour(sei, conditions) * arrhenius.Factor(conditions.TemperatureC);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double RateConstantAtReferenceNm2PerHour(SeiParameters sei, in CycleConditions conditions) =>
        sei.RateConstantNm2PerHour * sei.CoatingFactor
        * (1.0 + sei.CurrentFactorPerCRate * Math.Abs(conditions.DischargeCRate)
            + sei.HighSocFactor * conditions.HighSocFraction);

    /// <summary>
    /// The capacity one cycle's growth consumes from <paramref name="thicknessNm"/> at rate constant
    /// <paramref name="rateConstantNm2PerHour"/> over <paramref name="hours"/>, % of nominal capacity.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double GrowthLossPct(SeiParameters sei, double thicknessNm, double rateConstantNm2PerHour,
        double hours) =>
        CapacityLossPct(sei, thicknessNm, ThicknessAfterNm(thicknessNm, rateConstantNm2PerHour, hours));

    /// <summary>Thickness after <paramref name="hours"/> at a constant k: sqrt(L² + 2 k t), nm.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ThicknessAfterNm(double thicknessNm, double rateConstantNm2PerHour, double hours) =>
        Math.Sqrt(thicknessNm * thicknessNm + 2.0 * rateConstantNm2PerHour * hours);

    /// <summary>Growth rate dL/dt = k / L at a thickness, nm/h.</summary>
    public static double GrowthRateNmPerHour(double thicknessNm, double rateConstantNm2PerHour) =>
        rateConstantNm2PerHour / thicknessNm;

    /// <summary>Capacity consumed by growth from one thickness to another, % of nominal capacity.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double CapacityLossPct(SeiParameters sei, double fromNm, double toNm) =>
        sei.CapacityLossPctPerNm * (toNm - fromNm);
}
