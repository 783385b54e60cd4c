using System.Globalization;

namespace BatteryOs.Model.Chemistry;

/// <summary>
/// Checks a parameter set against physically plausible ranges, naming the first bad field by its JSON
/// path (for example <c>sei.activationEnergyJPerMol</c>).
/// </summary>
public static class ChemistryValidator
{
    /// <summary>Throws <see cref="ChemistryParameterException"/> for the first field out of range.</summary>
    public static void Validate(ChemistryParameters parameters, string origin)
    {
        if (Problem(parameters) is { } problem)
        {
            throw new ChemistryParameterException($"{origin}: {problem}");
        }
    }

    /// <summary>Describes the first bad field, or returns null when every field is acceptable.</summary>
    public static string? Problem(ChemistryParameters p) =>
        Text("name", p.Name) ?? Text("description", p.Description) ?? Text("source", p.Source)
        ?? Range("nominalCapacityAh", p.NominalCapacityAh, 1e-3, 1e4)
        ?? Range("minVoltageV", p.MinVoltageV, 0.5, 5.0)
        ?? Range("nominalVoltageV", p.NominalVoltageV, p.MinVoltageV, 5.0)
        ?? Range("maxVoltageV", p.MaxVoltageV, p.NominalVoltageV, 5.0)
        ?? Range("maxChargeCRate", p.MaxChargeCRate, 1e-3, 100.0)
        ?? Range("maxDischargeCRate", p.MaxDischargeCRate, 1e-3, 100.0)
        ?? Range("referenceTemperatureC", p.ReferenceTemperatureC, -20.0, 80.0)
        ?? Sei(p.Sei) ?? Cycling(p.Cycling) ?? Plating(p.Plating) ?? Recovery(p.Recovery)
        ?? Resistance(p.Resistance);

    private static string? Sei(SeiParameters? s) => s is null
        ? Missing("sei")
        : Range("sei.initialThicknessNm", s.InitialThicknessNm, 0.1, 100.0)
          ?? Range("sei.rateConstantNm2PerHour", s.RateConstantNm2PerHour, 0.0, 1e4)
          ?? Range("sei.activationEnergyJPerMol", s.ActivationEnergyJPerMol, 0.0, 150_000.0)
          ?? Range("sei.currentFactorPerCRate", s.CurrentFactorPerCRate, 0.0, 100.0)
          ?? Range("sei.highSocFactor", s.HighSocFactor, 0.0, 100.0)
          ?? Range("sei.capacityLossPctPerNm", s.CapacityLossPctPerNm, 0.0, 100.0)
          ?? Range("sei.coatingFactor", s.CoatingFactor, 1e-3, 1.0);

    private static string? Cycling(CyclingParameters? c) => c is null
        ? Missing("cycling")
        : Range("cycling.coefficientPct", c.CoefficientPct, 0.0, 100.0)
          ?? Range("cycling.exponent", c.Exponent, 0.1, 2.0)
          ?? Range("cycling.activationEnergyJPerMol", c.ActivationEnergyJPerMol, 0.0, 150_000.0)
          ?? Range("cycling.cRateFactor", c.CRateFactor, 0.0, 100.0);

    private static string? Plating(PlatingParameters? p) => p is null
        ? Missing("plating")
        : Range("plating.coefficientPct", p.CoefficientPct, 0.0, 100.0)
          ?? Range("plating.activationEnergyJPerMol", p.ActivationEnergyJPerMol, 0.0, 200_000.0);

    private static string? Recovery(RecoveryParameters? r) => r is null
        ? Missing("recovery")
        : Range("recovery.equilibriumDeficitPct", r.EquilibriumDeficitPct, 0.0, 50.0)
          ?? Range("recovery.activationEnergyJPerMol", r.ActivationEnergyJPerMol, 0.0, 150_000.0)
          ?? Range("recovery.buildUpCycles", r.BuildUpCycles, 0.01, 1e4)
          ?? Range("recovery.relaxationHours", r.RelaxationHours, 0.01, 1e5);

    private static string? Resistance(ResistanceParameters? r) => r is null
        ? Missing("resistance")
        : Range("resistance.initialOhm", r.InitialOhm, 1e-6, 1e3)
          ?? Range("resistance.growthOhmPerNm", r.GrowthOhmPerNm, 0.0, 10.0)
          ?? Range("resistance.activationEnergyJPerMol", r.ActivationEnergyJPerMol, 0.0, 150_000.0);

    private static string? Text(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? $"{field} must be a non-empty string" : null;

    private static string Missing(string field) => $"{field} is missing";

    private static string? Range(string field, double value, double min, double max) =>
        double.IsFinite(value) && value >= min && value <= max
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{field} must be in [{min}, {max}], not {value}");
}
