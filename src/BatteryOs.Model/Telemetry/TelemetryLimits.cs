using System.Globalization;

namespace BatteryOs.Model.Telemetry;

/// <summary>
/// Physically plausible telemetry. Values outside are sensor faults or unit mistakes, not cells:
/// Li-ion cells vent above ~150 °C and electrolytes freeze below -60 °C; ±2000 A covers the largest
/// automotive packs' peak current; a voltage sag beyond 10 V exceeds any single string's headroom.
/// State of charge is a percentage; a Li-ion cell reads between about 1.5 V (a discharged LTO cell) and
/// 4.4 V (a charged high-voltage NMC cell), so a cell voltage outside 0..5 V is a wiring or sensor fault.
/// </summary>
public static class TelemetryLimits
{
    /// <summary>Accepted cell temperature range, °C.</summary>
    public static (double Min, double Max) TemperatureC => (-60.0, 150.0);

    /// <summary>Accepted current range, A.</summary>
    public static (double Min, double Max) CurrentA => (-2000.0, 2000.0);

    /// <summary>Accepted voltage sag range, V.</summary>
    public static (double Min, double Max) VoltageSagV => (0.0, 10.0);

    /// <summary>Accepted state of charge range, %.</summary>
    public static (double Min, double Max) SocPct => (0.0, 100.0);

    /// <summary>Accepted single-cell voltage range, V.</summary>
    public static (double Min, double Max) CellVoltageV => (0.0, 5.0);

    /// <summary>Describes what is wrong with a frame, or returns null when it is acceptable.</summary>
    public static string? Problem(in TelemetryFrame frame) =>
        Check("temperature_c", frame.TemperatureC, TemperatureC)
        ?? Check("current_a", frame.CurrentA, CurrentA)
        ?? Check("voltage_sag_v", frame.VoltageSagV, VoltageSagV);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first unacceptable frame.</summary>
    public static void ThrowIfInvalid(ReadOnlySpan<TelemetryFrame> frames)
    {
        for (var i = 0; i < frames.Length; i++)
        {
            if (Problem(frames[i]) is { } problem)
            {
                throw new ArgumentException($"Frame {i}: {problem}.");
            }
        }
    }

    private static string? Check(string name, double value, (double Min, double Max) range)
    {
        if (!double.IsFinite(value))
        {
            var word = double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
            return $"{name} is {word}, not a finite number";
        }

        return value < range.Min || value > range.Max
            ? string.Create(CultureInfo.InvariantCulture, $"{name} {value} is outside [{range.Min}, {range.Max}]")
            : null;
    }
}
