using System.Runtime.CompilerServices;
using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics;

/// <summary>
/// Cycling loss as a power law in equivalent full cycles N:
/// loss % = b * Arrhenius(T, Ea) * (1 + c_C * C_discharge) * N^z. Under varying conditions each cycle adds
/// its own stress times the growth of N^z over that cycle, so a constant duty gives exactly that formula.
/// </summary>
public static class CyclingFadeModel
{
    /// <summary>The stress factor b * Arrhenius(T) * (1 + c_C * C) of one cycle's conditions, %.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double CoefficientPct(CyclingParameters cycling, double referenceTemperatureC,
        in CycleConditions conditions) =>
        CoefficientPct(cycling, new ArrheniusTerm(cycling.ActivationEnergyJPerMol, referenceTemperatureC), conditions);

    /// <summary>The loss from <paramref name="cyclesBefore"/> to <paramref name="cyclesAfter"/> EFC, %.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LossPct(CyclingParameters cycling, double referenceTemperatureC, double cyclesBefore,
        double cyclesAfter, in CycleConditions conditions) =>
        LossPct(cycling, new ArrheniusTerm(cycling.ActivationEnergyJPerMol, referenceTemperatureC), cyclesBefore,
            cyclesAfter, conditions);

    /// <summary>N^z, with N^1 = N exactly and without a call to <see cref="Math.Pow"/>.</summary>
    /// <summary>As the coefficient above, with the cycling Arrhenius term worked out (the same value).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double CoefficientPct(CyclingParameters cycling, in ArrheniusTerm arrhenius,
        in CycleConditions conditions) =>
        cycling.CoefficientPct
        * arrhenius.Factor(conditions.TemperatureC)
        * (1.0 + cycling.CRateFactor * Math.Abs(conditions.DischargeCRate));

    /// <summary>As the loss above, with the cycling Arrhenius term worked out (the same value).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LossPct(CyclingParameters cycling, in ArrheniusTerm arrhenius, double cyclesBefore,
        double cyclesAfter, in CycleConditions conditions) =>
        CoefficientPct(cycling, arrhenius, conditions)
        * (Power(cyclesAfter, cycling.Exponent) - Power(cyclesBefore, cycling.Exponent));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Power(double cycles, double exponent) =>
        exponent == 1.0 ? cycles : Math.Pow(cycles, exponent);
}
