namespace BatteryOs.Model.Chemistry;

/// <summary>
/// Cycling loss (active material cracking and isolation, SEI re-formed on the cracks):
/// loss % = b * Arrhenius(T, Ea) * (1 + cRateFactor * C_discharge) * N^z in equivalent full cycles N.
/// </summary>
public sealed record CyclingParameters
{
    /// <summary>b: the loss after one equivalent full cycle at the reference temperature and 0C, %.</summary>
    public required double CoefficientPct { get; init; }

    /// <summary>Ea: temperature activation of the cycling loss, J/mol (0 for none).</summary>
    public required double ActivationEnergyJPerMol { get; init; }

    /// <summary>z: the power-law exponent (0.5-1.0 for the cells fitted so far).</summary>
    public required double Exponent { get; init; }

    /// <summary>Relative increase of b per 1C of discharge current.</summary>
    public required double CRateFactor { get; init; }
}
