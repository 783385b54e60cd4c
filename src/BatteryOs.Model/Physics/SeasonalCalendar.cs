using System.Runtime.CompilerServices;

namespace BatteryOs.Model.Physics;

/// <summary>
/// The seasonal sine of a fleet's cycles, sin(2π (d / 365.25 + φ)) for a cycle on day of life d of a pack with
/// phase φ, taken as sin(2π d / 365.25) cos(2π φ) + cos(2π d / 365.25) sin(2π φ): the day's sine and cosine are
/// the same for every pack, so they are tabulated once for the first <see cref="TabulatedCycles"/> cycles (and
/// worked out the same way after those), and the phase's once per pack.
/// </summary>
/// <param name="cyclesPerDay">The duty's cycles per day.</param>
public sealed class SeasonalCalendar(double cyclesPerDay)
{
    /// <summary>Cycles whose day is tabulated: 22 years at a cycle a day, 256 KiB.</summary>
    public const int TabulatedCycles = 16_384;

    private readonly Lazy<(double Sin, double Cos)[]> _days = new(() =>
        [.. Enumerable.Range(0, TabulatedCycles + 1).Select(c => DayAngle(c, cyclesPerDay))]);

    /// <summary>sin(2π φ) and cos(2π φ) of a pack's phase φ (a fraction of a year).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (double Sin, double Cos) Phase(double packPhase) => Math.SinCos(2.0 * Math.PI * packPhase);

    /// <summary>The seasonal sine of <paramref name="cycle"/> for a pack's <see cref="Phase"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Season(long cycle, (double Sin, double Cos) phase)
    {
        // A negative cycle (no frame has one) is worked out rather than looked up.
        var day = (ulong)cycle <= TabulatedCycles ? _days.Value[cycle] : DayAngle(cycle, cyclesPerDay);
        return day.Sin * phase.Cos + day.Cos * phase.Sin;
    }

    private static (double Sin, double Cos) DayAngle(long cycle, double cyclesPerDay) =>
        Math.SinCos(2.0 * Math.PI * ((cycle - 1) / cyclesPerDay / 365.25));
}
