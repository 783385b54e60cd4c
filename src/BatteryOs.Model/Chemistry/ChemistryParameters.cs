namespace BatteryOs.Model.Chemistry;

/// <summary>
/// One cell chemistry's parameter set for the physics aging model: ratings, the SEI, cycling and
/// plating coefficients, and the resistance model. Stored as JSON (see docs/model.md for every field).
/// </summary>
public sealed record ChemistryParameters
{
    /// <summary>Short identifier, for example <c>nasa-18650</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What cell this describes.</summary>
    public required string Description { get; init; }

    /// <summary>Where the numbers come from (data set, paper, or fit command).</summary>
    public required string Source { get; init; }

    /// <summary>Rated capacity of a new cell, Ah.</summary>
    public required double NominalCapacityAh { get; init; }

    /// <summary>Nominal (mid-discharge) voltage, V.</summary>
    public required double NominalVoltageV { get; init; }

    /// <summary>Discharge cut-off voltage, V.</summary>
    public required double MinVoltageV { get; init; }

    /// <summary>Charge end voltage, V.</summary>
    public required double MaxVoltageV { get; init; }

    /// <summary>Largest charge rate the maker allows at room temperature, 1/h.</summary>
    public required double MaxChargeCRate { get; init; }

    /// <summary>Largest continuous discharge rate the maker allows, 1/h.</summary>
    public required double MaxDischargeCRate { get; init; }

    /// <summary>Temperature at which every Arrhenius factor is 1, °C.</summary>
    public required double ReferenceTemperatureC { get; init; }

    /// <summary>SEI growth and the lithium it consumes.</summary>
    public required SeiParameters Sei { get; init; }

    /// <summary>Cycling loss, a power law in equivalent full cycles.</summary>
    public required CyclingParameters Cycling { get; init; }

    /// <summary>Lithium plating at low temperature and high charge current.</summary>
    public required PlatingParameters Plating { get; init; }

    /// <summary>Recoverable loss that builds while cycling and returns during rest.</summary>
    public required RecoveryParameters Recovery { get; init; }

    /// <summary>Internal resistance and its growth with SEI thickness.</summary>
    public required ResistanceParameters Resistance { get; init; }
}
