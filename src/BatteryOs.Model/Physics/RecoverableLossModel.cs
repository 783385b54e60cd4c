using System.Runtime.CompilerServices;
using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics;

/// <summary>
/// The recoverable capacity deficit D, % of nominal: lithium held back while the cell cycles and
/// returned by a long rest (the capacity jumps after rests in lab data). It is not aging: SoH counts
/// only the irreversible loss, and a lab capacity reading is SoH minus D.
/// </summary>
public static class RecoverableLossModel
{
    /// <summary>The deficit continuous cycling settles at: D_eq = d0 * exp((Ea / R) * (1/T - 1/T_ref)), %.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double EquilibriumPct(RecoveryParameters recovery, double referenceTemperatureC,
        double temperatureC) =>
        recovery.EquilibriumDeficitPct
        * Arrhenius.Factor(temperatureC, -recovery.ActivationEnergyJPerMol, referenceTemperatureC);

    /// <summary>The deficit after a rest: D * exp(-t_rest / τ), %.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double AfterRestPct(RecoveryParameters recovery, double deficitPct, double restHours) =>
        restHours > 0 ? deficitPct * Math.Exp(-restHours / recovery.RelaxationHours) : deficitPct;

    /// <summary>The deficit after a cycle of ΔN EFC: D_eq + (D - D_eq) * exp(-ΔN / n), %.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double AfterCyclePct(RecoveryParameters recovery, double deficitPct, double equilibriumPct,
        double cycles) =>
        equilibriumPct + (deficitPct - equilibriumPct) * Math.Exp(-cycles / recovery.BuildUpCycles);
}
