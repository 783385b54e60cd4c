namespace BatteryOs.Model.Physics.Experts;

/// <summary>What a mechanism expert makes of one cycle.</summary>
/// <param name="Risk">How strongly the mechanism is driven, in [0, 1].</param>
/// <param name="DegradationPct">
/// The capacity the mechanism costs (negative: saves) in this cycle, % of nominal capacity.
/// </param>
/// <param name="PowerLimitFraction">
/// The expert's advice on the power to allow, as a fraction of what the cycle asked for, in (0, 1].
/// </param>
public readonly record struct ExpertAssessment(double Risk, double DegradationPct, double PowerLimitFraction)
{
    /// <summary>An assessment that advises no derating.</summary>
    public static ExpertAssessment Unlimited(double risk, double degradationPct) => new(risk, degradationPct, 1.0);
}
