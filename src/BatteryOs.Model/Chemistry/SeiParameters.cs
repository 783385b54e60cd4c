namespace BatteryOs.Model.Chemistry;

/// <summary>
/// Diffusion-limited SEI growth, dL/dt = k / L with
/// k = k_ref * coating * Arrhenius(T) * (1 + currentFactor * C_discharge + highSocFactor * f_highSoc).
/// </summary>
public sealed record SeiParameters
{
    /// <summary>SEI thickness of a new cell, L0, nm.</summary>
    public required double InitialThicknessNm { get; init; }

    /// <summary>Rate constant k_ref at the reference temperature, at rest below 80 % SoC, nm²/h.</summary>
    public required double RateConstantNm2PerHour { get; init; }

    /// <summary>Activation energy of SEI growth, J/mol (published values 30-60 kJ/mol).</summary>
    public required double ActivationEnergyJPerMol { get; init; }

    /// <summary>Relative increase of k per 1C of discharge current (fresh surface from particle strain).</summary>
    public required double CurrentFactorPerCRate { get; init; }

    /// <summary>Relative increase of k when the whole cycle is spent above 80 % SoC (low anode potential).</summary>
    public required double HighSocFactor { get; init; }

    /// <summary>Capacity consumed per nm of SEI growth, % of nominal capacity.</summary>
    public required double CapacityLossPctPerNm { get; init; }

    /// <summary>
    /// Factor on k from an atomic-layer-deposition coating of the electrode: 1 uncoated, below 1 coated.
    /// </summary>
    public required double CoatingFactor { get; init; }
}
