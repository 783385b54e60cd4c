using System.Runtime.CompilerServices;
using BatteryOs.Model.Numerics;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Physics;

/// <summary>
/// Where a fleet's packs live: each pack's yearly mean ambient temperature is drawn once from a normal
/// distribution (clamped to [-30, 50] °C), a seasonal sine with a per-pack phase (<see cref="SeasonalCalendar"/>)
/// moves it over the year,
/// and each cycle adds normal day-to-day weather.
/// </summary>
/// <param name="MeanC">Fleet-wide mean of the packs' yearly mean temperature, °C.</param>
/// <param name="SpreadC">Standard deviation of the packs' yearly means, °C.</param>
/// <param name="SeasonalSwingC">Amplitude of the seasonal sine, °C.</param>
/// <param name="DailySpreadC">Standard deviation of day-to-day weather, °C.</param>
public sealed record ClimateDistribution(double MeanC, double SpreadC, double SeasonalSwingC, double DailySpreadC)
{
    /// <summary>The coldest and hottest yearly mean a pack can draw, °C.</summary>
    public static (double Min, double Max) PackMeanRangeC => (-30.0, 50.0);

    /// <summary>A temperate fleet: 15 °C ± 7 °C between packs, ± 8 °C seasons, 3 °C weather.</summary>
    public static ClimateDistribution Temperate { get; } = new(15.0, 7.0, 8.0, 3.0);

    /// <summary>A hot fleet: 27 °C ± 4 °C between packs, ± 6 °C seasons, 3 °C weather.</summary>
    public static ClimateDistribution Hot { get; } = new(27.0, 4.0, 6.0, 3.0);

    /// <summary>A cold fleet: 4 °C ± 6 °C between packs, ± 12 °C seasons, 4 °C weather.</summary>
    public static ClimateDistribution Cold { get; } = new(4.0, 6.0, 12.0, 4.0);

    /// <summary>The named climates a model name may give, by name.</summary>
    public static IReadOnlyDictionary<string, ClimateDistribution> Named { get; } =
        new Dictionary<string, ClimateDistribution>(StringComparer.Ordinal)
        {
            ["temperate"] = Temperate,
            ["hot"] = Hot,
            ["cold"] = Cold,
        };

    /// <summary>Every pack at exactly one temperature, all year round.</summary>
    public static ClimateDistribution Constant(double temperatureC) => new(temperatureC, 0.0, 0.0, 0.0);

    /// <summary>The pack's yearly mean ambient temperature (draws 0 and 1 of its stream), °C.</summary>
    public double PackMeanC(ulong streamKey) =>
        Math.Clamp(MeanC + SpreadC * StandardNormal(streamKey, 0), PackMeanRangeC.Min, PackMeanRangeC.Max);

    /// <summary>The pack's seasonal phase, a fraction of a year (draw 2 of its stream).</summary>
    public static double PackPhase(ulong streamKey) => CounterRandom.NextDouble(streamKey, 2);

    /// <summary>
    /// The ambient temperature of one cycle, °C: pack mean + seasonal swing times the cycle's seasonal sine
    /// (<see cref="SeasonalCalendar"/>) + daily spread times its weather draw (<see cref="CycleDraws.Weather"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double CycleTemperatureC(double packMeanC, double season, double weather) =>
        packMeanC + SeasonalSwingC * season + DailySpreadC * weather;

    /// <summary>A standard normal from two uniform draws of a stream (Box-Muller), for a pack's own draws.</summary>
    public static double StandardNormal(ulong streamKey, ulong counter) =>
        CycleDraws.BoxMuller(BlockMath.Log(CycleDraws.RadiusDraw(streamKey, counter)),
            Math.Cos(CycleDraws.AngleDraw(streamKey, counter)));
}
