using System.Runtime.CompilerServices;

namespace BatteryOs.Model.Physics.Experts;

/// <summary>A mechanism expert's assessment of one cycle on its own.</summary>
public static class MechanismExpertExtensions
{
    /// <summary>
    /// Assesses one cycle under <paramref name="conditions"/> of a cell in <paramref name="state"/>: the
    /// mechanism's assessment at its <see cref="IMechanismExpert.TemperatureTerm"/>'s factor there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ExpertAssessment Assess<TMechanism>(this TMechanism mechanism, in CycleConditions conditions,
        in CellState state)
        where TMechanism : IMechanismExpert =>
        mechanism.Assess(conditions, state, mechanism.TemperatureTerm.Factor(conditions.TemperatureC));
}
