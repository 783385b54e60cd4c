using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics;

/// <summary>The temperature dependences of one chemistry, each relative to its reference temperature.</summary>
public sealed class ChemistryArrhenius(ChemistryParameters chemistry)
{
    /// <summary>SEI growth rate constant: faster when warmer.</summary>
    public ArrheniusTerm Sei { get; } = new(chemistry.Sei.ActivationEnergyJPerMol, chemistry.ReferenceTemperatureC);

    /// <summary>Cycling fade coefficient.</summary>
    public ArrheniusTerm Cycling { get; } =
        new(chemistry.Cycling.ActivationEnergyJPerMol, chemistry.ReferenceTemperatureC);

    /// <summary>Lithium plating: faster when colder (the activation energy enters negated).</summary>
    public ArrheniusTerm PlatingCold { get; } =
        new(-chemistry.Plating.ActivationEnergyJPerMol, chemistry.ReferenceTemperatureC);

    /// <summary>Internal resistance: higher when colder (the activation energy enters negated).</summary>
    public ArrheniusTerm ResistanceCold { get; } =
        new(-chemistry.Resistance.ActivationEnergyJPerMol, chemistry.ReferenceTemperatureC);
}
