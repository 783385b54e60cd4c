using System.Runtime.CompilerServices;

namespace BatteryOs.Model.Physics;

/// <summary>
/// Arrhenius temperature dependence of a rate relative to its value at a reference temperature:
/// factor = exp(-(Ea / R) * (1/T - 1/T_ref)), with T in kelvin. A positive activation energy makes
/// the rate grow with temperature; a negative one (used for lithium plating) makes it grow as the
/// cell cools.
/// </summary>
public static class Arrhenius
{
    /// <summary>The rate at <paramref name="temperatureC"/> divided by the rate at the reference.</summary>
    /// <param name="temperatureC">Cell temperature, °C.</param>
    /// <param name="activationEnergyJPerMol">Activation energy Ea, J/mol.</param>
    /// <param name="referenceTemperatureC">Temperature at which the factor is 1, °C.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Factor(double temperatureC, double activationEnergyJPerMol, double referenceTemperatureC) =>
        new ArrheniusTerm(activationEnergyJPerMol, referenceTemperatureC).Factor(temperatureC);
}
