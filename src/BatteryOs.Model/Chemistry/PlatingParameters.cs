namespace BatteryOs.Model.Chemistry;

/// <summary>
/// Lithium plating: loss % per cycle = p * DoD * C_charge * s(SoC_end) * exp((Ea / R) * (1/T - 1/T_ref)),
/// growing as the cell cools, where s rises from 0 at 50 % to 1 at 100 % charge-end SoC.
/// </summary>
public sealed record PlatingParameters
{
    /// <summary>p: loss per full 1C charge to 100 % at the reference temperature, % of nominal capacity.</summary>
    public required double CoefficientPct { get; init; }

    /// <summary>Ea: how fast plating grows as the cell cools, J/mol.</summary>
    public required double ActivationEnergyJPerMol { get; init; }
}
