namespace BatteryOs.Model.Physics;

/// <summary>The operating conditions of one charge/discharge cycle of one cell, as the aging model sees them.</summary>
/// <param name="TemperatureC">Temperature the cell spends the cycle at, °C.</param>
/// <param name="DischargeCRate">Mean discharge current over nominal capacity, 1/h (1.0 = 1C).</param>
/// <param name="ChargeCRate">Constant-current charge rate, 1/h.</param>
/// <param name="DepthOfDischarge">
/// Charge moved in the cycle over nominal capacity, 0-1: the cycle's equivalent full cycles.
/// </param>
/// <param name="DurationHours">Time the cycle takes, rest included, h.</param>
/// <param name="HighSocFraction">Fraction of <paramref name="DurationHours"/> spent above 80 % SoC, 0-1.</param>
/// <param name="ChargeEndSoc">State of charge the charge stops at, 0-1.</param>
/// <param name="RestHours">
/// Rest before the cycle beyond its own duration, h: discharged and idle, so it ages the cell only
/// negligibly but returns the recoverable deficit.
/// </param>
public readonly record struct CycleConditions(
    double TemperatureC,
    double DischargeCRate,
    double ChargeCRate,
    double DepthOfDischarge,
    double DurationHours,
    double HighSocFraction,
    double ChargeEndSoc,
    double RestHours = 0.0);
