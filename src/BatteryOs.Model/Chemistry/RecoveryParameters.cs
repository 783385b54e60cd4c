namespace BatteryOs.Model.Chemistry;

/// <summary>
/// Recoverable capacity loss: while a cell cycles, part of its lithium is held back (concentration
/// gradients, the anode overhang) and returns during long rests. The deficit D approaches
/// D_eq = d0 * exp((Ea / R) * (1/T - 1/T_ref)) with a time constant of <see cref="BuildUpCycles"/>
/// equivalent full cycles, and decays as exp(-t_rest / τ) at rest.
/// </summary>
public sealed record RecoveryParameters
{
    /// <summary>d0: the deficit continuous cycling settles at, at the reference temperature, % of nominal.</summary>
    public required double EquilibriumDeficitPct { get; init; }

    /// <summary>Ea: how fast the deficit grows as the cell cools (slower diffusion), J/mol.</summary>
    public required double ActivationEnergyJPerMol { get; init; }

    /// <summary>Equivalent full cycles over which the deficit closes 63 % of its gap to equilibrium.</summary>
    public required double BuildUpCycles { get; init; }

    /// <summary>τ: rest hours over which 63 % of the deficit returns.</summary>
    public required double RelaxationHours { get; init; }
}
