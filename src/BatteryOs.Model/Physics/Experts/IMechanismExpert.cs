namespace BatteryOs.Model.Physics.Experts;

/// <summary>
/// An expert that is a mechanism model: it assesses one cycle of one cell from the physics state, with a
/// risk in [0, 1], the capacity its mechanism costs, and power-limit advice.
/// </summary>
public interface IMechanismExpert
{
    /// <summary>The expert's name, as in <see cref="BatteryOs.Model.Experts.ExpertCatalog"/>.</summary>
    string Name { get; }

    /// <summary>The Arrhenius dependence the mechanism evaluates at every cycle's temperature.</summary>
    ArrheniusTerm TemperatureTerm { get; }

    /// <summary>
    /// Assesses one cycle under <paramref name="conditions"/> of a cell in <paramref name="state"/>, with
    /// <see cref="TemperatureTerm"/>'s factor at the cycle's temperature worked out by the caller (a block of
    /// frames at a time); <see cref="MechanismExpertExtensions.Assess"/> works it out for one cycle.
    /// </summary>
    ExpertAssessment Assess(in CycleConditions conditions, in CellState state, double temperatureFactor);
}
