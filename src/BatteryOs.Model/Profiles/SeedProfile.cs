using System.Runtime.CompilerServices;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Profiles;

/// <summary>
/// The original prototype's arithmetic, kept bit-for-bit: SEI grows linearly with temperature and
/// current, and SoH falls linearly with SEI thickness and voltage sag.
/// </summary>
public sealed class SeedProfile : IDegradationProfile
{
    /// <summary>The profile's name.</summary>
    public const string ProfileName = "seed";

    /// <summary>SEI thickness of a new pack, nm.</summary>
    public const double InitialSeiNm = 1.2;

    /// <summary>SEI growth per cycle per °C of cell temperature, nm.</summary>
    public const double SeiNmPerDegreeC = 0.001;

    /// <summary>SEI growth per cycle per A of current, nm.</summary>
    public const double SeiNmPerAmpere = 0.0005;

    /// <summary>SoH lost per nm of SEI, %.</summary>
    public const double SohPctPerSeiNm = 2.1;

    /// <summary>SoH lost per V of voltage sag, %.</summary>
    public const double SohPctPerSagV = 12.5;

    private static readonly IExpertAssessor[] Assessors =
        [.. ExpertCatalog.All.Select(e => new FrameRiskAssessor(e))];

    /// <inheritdoc />
    public string Name => ProfileName;

    /// <inheritdoc />
    /// <remarks>The prototype knew cycles only, not days.</remarks>
    public double? CyclesPerDay => null;

    /// <inheritdoc />
    public IExpertAssessor Assessor(int expertIndex) => Assessors[expertIndex];

    /// <inheritdoc />
    public PackCondition Initial => new(0, InitialSeiNm, SohPct(InitialSeiNm, 0.0));

    private const double MinTemperatureC = 22.0, MaxTemperatureC = 58.0;
    private const double MinCurrentA = 2.0, MaxCurrentA = 45.0;
    private const double MinVoltageSagV = 0.05, MaxVoltageSagV = 0.65;

    /// <summary>Synthetic temperature range [min, max), °C.</summary>
    public static (double Min, double Max) TemperatureRangeC => (MinTemperatureC, MaxTemperatureC);

    /// <summary>Synthetic current range [min, max), A.</summary>
    public static (double Min, double Max) CurrentRangeA => (MinCurrentA, MaxCurrentA);

    /// <summary>Synthetic voltage sag range [min, max), V.</summary>
    public static (double Min, double Max) VoltageSagRangeV => (MinVoltageSagV, MaxVoltageSagV);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TelemetryFrame SyntheticFrame(ulong streamKey, long cycle)
    {
        // Three draws per cycle, at counters 3c, 3c+1, 3c+2 of the pack's stream.
        var counter = (ulong)cycle * 3;
        return new TelemetryFrame(
            Uniform(streamKey, counter, MinTemperatureC, MaxTemperatureC),
            Uniform(streamKey, counter + 1, MinCurrentA, MaxCurrentA),
            Uniform(streamKey, counter + 2, MinVoltageSagV, MaxVoltageSagV));
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SyntheticFrames(ulong streamKey, long firstCycle, Span<TelemetryFrame> framesOut)
    {
        for (var i = 0; i < framesOut.Length; i++)
        {
            framesOut[i] = SyntheticFrame(streamKey, firstCycle + i);
        }
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PackCondition Run(in PackCondition start, ReadOnlySpan<TelemetryFrame> frames,
        Span<PackCondition> conditionsOut)
    {
        var condition = start;
        for (var i = 0; i < frames.Length; i++)
        {
            condition = Step(condition, frames[i]);
            conditionsOut[i] = condition;
        }

        return condition;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PackCondition Step(in PackCondition condition, in TelemetryFrame frame)
    {
        // The prototype adds the whole cycle's increment at once: sei += (T * a + I * b). Floating-point
        // addition is not associative, so the parentheses keep the results bit-for-bit.
        var sei = condition.SeiNm + (frame.TemperatureC * SeiNmPerDegreeC + frame.CurrentA * SeiNmPerAmpere);
        return new PackCondition(condition.Cycle + 1, sei, SohPct(sei, frame.VoltageSagV));
    }

    /// <summary>SoH % = max(0, 100 - (sei_nm * 2.1 + V * 12.5)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SohPct(double seiNm, double voltageSagV) =>
        Math.Max(0.0, 100.0 - (seiNm * SohPctPerSeiNm + voltageSagV * SohPctPerSagV));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Uniform(ulong streamKey, ulong counter, double min, double max) =>
        min + CounterRandom.NextDouble(streamKey, counter) * (max - min);
}
