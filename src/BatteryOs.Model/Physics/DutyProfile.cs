using System.Globalization;

namespace BatteryOs.Model.Physics;

/// <summary>
/// How a fleet uses its packs: climate, cycles per day, depth of discharge, the spread of discharge rates,
/// and how it charges. Cycles per day and depth of discharge are fleet-wide, so a pack's equivalent full
/// cycles are its cycle count times <see cref="DepthOfDischarge"/>.
/// </summary>
public sealed record DutyProfile
{
    /// <summary>Ambient temperature per pack and per cycle.</summary>
    public ClimateDistribution Climate { get; init; } = ClimateDistribution.Temperate;

    /// <summary>Full charge/discharge cycles per day.</summary>
    public double CyclesPerDay { get; init; } = 1.0;

    /// <summary>Fraction of nominal capacity moved per cycle, 0-1.</summary>
    public double DepthOfDischarge { get; init; } = 0.8;

    /// <summary>Smallest mean discharge rate a cycle draws, 1/h.</summary>
    public double MinDischargeCRate { get; init; } = 0.2;

    /// <summary>Largest mean discharge rate a cycle draws, 1/h.</summary>
    public double MaxDischargeCRate { get; init; } = 1.0;

    /// <summary>Constant-current charge rate, 1/h.</summary>
    public double ChargeCRate { get; init; } = 0.5;

    /// <summary>Fraction of each cycle spent above 80 % SoC (parked full), 0-1.</summary>
    public double HighSocFraction { get; init; } = 0.3;

    /// <summary>State of charge the charger stops at, 0-1.</summary>
    public double ChargeEndSoc { get; init; } = 0.9;

    /// <summary>A passenger-car-like duty in a temperate climate.</summary>
    public static DutyProfile Default { get; } = new();

    /// <summary>Hours one cycle takes, rest included.</summary>
    public double CycleHours => 24.0 / CyclesPerDay;

    /// <summary>Describes the first bad setting, or returns null when all are acceptable.</summary>
    public string? Problem() =>
        Range("cyclesPerDay", CyclesPerDay, 1e-3, 48.0)
        ?? Range("depthOfDischarge", DepthOfDischarge, 1e-3, 1.0)
        ?? Range("minDischargeCRate", MinDischargeCRate, 0.0, 20.0)
        ?? Range("maxDischargeCRate", MaxDischargeCRate, MinDischargeCRate, 20.0)
        ?? Range("chargeCRate", ChargeCRate, 0.0, 20.0)
        ?? Range("highSocFraction", HighSocFraction, 0.0, 1.0)
        ?? Range("chargeEndSoc", ChargeEndSoc, 0.0, 1.0)
        ?? Range("climate.spreadC", Climate.SpreadC, 0.0, 40.0)
        ?? Range("climate.seasonalSwingC", Climate.SeasonalSwingC, 0.0, 40.0)
        ?? Range("climate.dailySpreadC", Climate.DailySpreadC, 0.0, 20.0)
        ?? Range("climate.meanC", Climate.MeanC, -30.0, 50.0);

    private static string? Range(string field, double value, double min, double max) =>
        double.IsFinite(value) && value >= min && value <= max
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"duty {field} must be in [{min}, {max}], not {value}");
}
