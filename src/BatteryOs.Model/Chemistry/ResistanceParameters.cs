namespace BatteryOs.Model.Chemistry;

/// <summary>
/// Internal resistance R = (R0 + g * (L - L0)) * exp((Ea / R) * (1/T - 1/T_ref)): the SEI adds a film
/// resistance proportional to its thickness, and ionic transport slows in the cold.
/// </summary>
public sealed record ResistanceParameters
{
    /// <summary>R0: resistance of a new cell at the reference temperature, Ω.</summary>
    public required double InitialOhm { get; init; }

    /// <summary>g: resistance added per nm of SEI growth, Ω.</summary>
    public required double GrowthOhmPerNm { get; init; }

    /// <summary>Ea: how fast resistance grows as the cell cools, J/mol.</summary>
    public required double ActivationEnergyJPerMol { get; init; }
}
