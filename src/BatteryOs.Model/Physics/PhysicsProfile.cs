using System.Runtime.CompilerServices;
using BatteryOs.Model.Chemistry;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Numerics;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Physics.Experts;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Physics;

/// <summary>
/// The physics degradation profile: every cell of a pack ages alike under <see cref="CellAgingModel"/>,
/// driven by the frame's temperature and current and by the fleet's duty. A pack's condition carries
/// the SEI thickness and the irreversible SoH (capacity after a rest); its equivalent full cycles are
/// <c>Cycle * DepthOfDischarge</c>, and its resistance follows from the SEI thickness.
/// </summary>
public sealed class PhysicsProfile : IDegradationProfile
{
    /// <summary>The profile's name.</summary>
    public const string ProfileName = "physics";

    // Frames are clamped to the telemetry limits, read once.
    private static readonly double MinFrameTemperatureC = TelemetryLimits.TemperatureC.Min;
    private static readonly double MaxFrameTemperatureC = TelemetryLimits.TemperatureC.Max;

    private readonly CycleConditions _template;
    private readonly ArrheniusTerm _seiArrhenius;
    private readonly ArrheniusTerm _cyclingArrhenius;
    private readonly ArrheniusTerm _platingCold;
    private readonly ArrheniusTerm _resistanceCold;
    private readonly double _packCapacityAh;
    private readonly SeasonalCalendar _calendar;
    private readonly IExpertAssessor[] _assessors;

    /// <summary>The fitted NASA 18650 cell in the default duty and pack.</summary>
    public PhysicsProfile()
        : this(KnownChemistries.Nasa18650, DutyProfile.Default, PackDesign.Default)
    {
    }

    /// <summary>A profile for a chemistry, duty and pack design.</summary>
    /// <param name="chemistry">The cell parameters.</param>
    /// <param name="duty">How the fleet uses its packs.</param>
    /// <param name="pack">How a pack is built.</param>
    /// <param name="name">The model name (see <see cref="PhysicsProfileSpec"/>).</param>
    /// <exception cref="ArgumentException">The duty or pack design is out of range.</exception>
    public PhysicsProfile(ChemistryParameters chemistry, DutyProfile duty, PackDesign pack, string name = ProfileName)
    {
        if (duty.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(duty));
        }

        if (pack.SeriesCells < 1 || pack.ParallelCells < 1)
        {
            throw new ArgumentException("A pack needs at least one cell in series and one string.", nameof(pack));
        }

        Name = name;
        Model = new CellAgingModel(chemistry);
        Duty = duty;
        Pack = pack;
        _packCapacityAh = pack.CapacityAh(chemistry.NominalCapacityAh);
        _calendar = new SeasonalCalendar(duty.CyclesPerDay);
        var dependence = Model.TemperatureDependence;
        (_seiArrhenius, _cyclingArrhenius, _platingCold, _resistanceCold) =
            (dependence.Sei, dependence.Cycling, dependence.PlatingCold, dependence.ResistanceCold);
        _template = new CycleConditions(chemistry.ReferenceTemperatureC, 0.0, duty.ChargeCRate,
            duty.DepthOfDischarge, duty.CycleHours, duty.HighSocFraction, duty.ChargeEndSoc);

        // Every catalogued expert with a mechanism model assesses by it; one without keeps its frame risk.
        _assessors = [.. ExpertCatalog.All.Select(e =>
            MechanismExperts.AssessorFor(e.Name, this) ?? new FrameRiskAssessor(e))];
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public double? CyclesPerDay => Duty.CyclesPerDay;

    /// <inheritdoc />
    public IExpertAssessor Assessor(int expertIndex) => _assessors[expertIndex];

    /// <summary>The cell aging model in force.</summary>
    public CellAgingModel Model { get; }

    /// <summary>The fleet's duty.</summary>
    public DutyProfile Duty { get; }

    /// <summary>How the pack is built.</summary>
    public PackDesign Pack { get; }

    /// <summary>The pack's nominal capacity, Ah.</summary>
    public double PackCapacityAh => _packCapacityAh;

    /// <inheritdoc />
    public PackCondition Initial => new(0, Model.Chemistry.Sei.InitialThicknessNm, 100.0);

    /// <inheritdoc />
    public TelemetryFrame SyntheticFrame(ulong streamKey, long cycle)
    {
        var climate = Duty.Climate;
        return Frame(streamKey, cycle, climate.PackMeanC(streamKey),
            SeasonalCalendar.Phase(ClimateDistribution.PackPhase(streamKey)));
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SyntheticFrames(ulong streamKey, long firstCycle, Span<TelemetryFrame> framesOut)
    {
        // The pack's own draws are the same for every cycle: take them once per batch.
        var packMeanC = Duty.Climate.PackMeanC(streamKey);
        var phase = SeasonalCalendar.Phase(ClimateDistribution.PackPhase(streamKey));
        Span<double> temperatures = stackalloc double[BlockMath.BlockLength];
        Span<double> colds = stackalloc double[BlockMath.BlockLength];
        for (var first = 0; first < framesOut.Length; first += BlockMath.BlockLength)
        {
            var block = framesOut.Slice(first, Math.Min(BlockMath.BlockLength, framesOut.Length - first));
            var n = block.Length;
            var blockCycle = firstCycle + first;
            CycleDraws.Weathers(streamKey, blockCycle, temperatures[..n]);
            for (var i = 0; i < n; i++)
            {
                var ambientC = Duty.Climate.CycleTemperatureC(packMeanC, _calendar.Season(blockCycle + i, phase),
                    temperatures[i]);
                temperatures[i] = Math.Clamp(ambientC, MinFrameTemperatureC, MaxFrameTemperatureC);
            }

            _resistanceCold.Factors(temperatures[..n], colds);
            for (var i = 0; i < n; i++)
            {
                block[i] = Frame(streamKey, blockCycle + i, temperatures[i], colds[i]);
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// The cell's irreversible losses of <see cref="CellAgingModel.Losses"/>, with the equivalent full cycles
    /// before and after the cycle both taken as cycle count times depth of discharge.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PackCondition Step(in PackCondition condition, in TelemetryFrame frame) =>
        StepFrom(condition, frame, CyclingPower(condition.Cycle), _seiArrhenius.Factor(frame.TemperatureC),
            _platingCold.Factor(frame.TemperatureC), out _);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PackCondition Run(in PackCondition start, ReadOnlySpan<TelemetryFrame> frames,
        Span<PackCondition> conditionsOut)
    {
        // N^z after one cycle is N^z before the next: one power per cycle instead of two, same numbers. The
        // Arrhenius factors depend on the frames alone: a block of them at a time.
        var condition = start;
        var power = CyclingPower(start.Cycle);
        Span<double> sei = stackalloc double[BlockMath.BlockLength];
        Span<double> plating = stackalloc double[BlockMath.BlockLength];
        for (var first = 0; first < frames.Length; first += BlockMath.BlockLength)
        {
            var block = frames.Slice(first, Math.Min(BlockMath.BlockLength, frames.Length - first));
            _seiArrhenius.Factors(block, sei);
            _platingCold.Factors(block, plating);
            for (var i = 0; i < block.Length; i++)
            {
                condition = StepFrom(condition, block[i], power, sei[i], plating[i], out power);
                conditionsOut[first + i] = condition;
            }
        }

        return condition;
    }

    /// <summary>
    /// The cell conditions a frame stands for: its temperature, its current as a C-rate, the duty's rest.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CycleConditions Conditions(in TelemetryFrame frame) => _template with
    {
        TemperatureC = frame.TemperatureC,
        DischargeCRate = Math.Abs(frame.CurrentA) / _packCapacityAh,
    };

    /// <summary>The cell state behind a pack condition.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CellState CellStateOf(in PackCondition condition) =>
        new(condition.Cycle * Duty.DepthOfDischarge, condition.SeiNm, condition.SohPct);

    /// <summary>The pack's capacity in a condition, Ah.</summary>
    public double CapacityAh(in PackCondition condition) => _packCapacityAh * condition.SohPct / 100.0;

    /// <summary>The pack's resistance in a condition at a temperature, Ω.</summary>
    public double ResistanceOhm(in PackCondition condition, double temperatureC) =>
        Pack.ResistanceScale
        * ResistanceModel.ResistanceOhm(Model.Chemistry, condition.SeiNm, _resistanceCold, temperatureC);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private PackCondition StepFrom(in PackCondition condition, in TelemetryFrame frame, double powerBefore,
        double seiFactor, double platingFactor, out double powerAfter)
    {
        var chemistry = Model.Chemistry;
        var conditions = Conditions(frame);
        var k = SeiGrowthModel.RateConstantAtReferenceNm2PerHour(chemistry.Sei, conditions) * seiFactor;
        var seiAfter = SeiGrowthModel.ThicknessAfterNm(condition.SeiNm, k, conditions.DurationHours);
        powerAfter = CyclingPower(condition.Cycle + 1);
        var loss = new CycleLoss(
            SeiGrowthModel.CapacityLossPct(chemistry.Sei, condition.SeiNm, seiAfter),
            CyclingFadeModel.CoefficientPct(chemistry.Cycling, _cyclingArrhenius, conditions)
                * (powerAfter - powerBefore),
            PlatingModel.LossPct(chemistry.Plating, conditions, platingFactor),
            seiAfter);
        return new PackCondition(condition.Cycle + 1, seiAfter, Math.Max(0.0, condition.SohPct - loss.TotalPct));
    }

    /// <summary>N^z of the cycling power law after <paramref name="cycle"/> cycles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double CyclingPower(long cycle) =>
        CyclingFadeModel.Power(cycle * Duty.DepthOfDischarge, Model.Chemistry.Cycling.Exponent);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TelemetryFrame Frame(ulong streamKey, long cycle, double packMeanC, (double Sin, double Cos) phase)
    {
        var ambientC = Duty.Climate.CycleTemperatureC(packMeanC, _calendar.Season(cycle, phase),
            CycleDraws.Weather(streamKey, cycle));
        var temperatureC = Math.Clamp(ambientC, MinFrameTemperatureC, MaxFrameTemperatureC);
        return Frame(streamKey, cycle, temperatureC, _resistanceCold.Factor(temperatureC));
    }

    /// <summary>A frame at its temperature, with the resistance's Arrhenius factor there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TelemetryFrame Frame(ulong streamKey, long cycle, double temperatureC, double coldFactor)
    {
        var cRate = Duty.MinDischargeCRate
            + CycleDraws.DischargeRateDraw(streamKey, cycle) * (Duty.MaxDischargeCRate - Duty.MinDischargeCRate);
        var currentA = cRate * _packCapacityAh;

        // Frames do not know the pack's age: the sag is a new pack's, at this cycle's temperature.
        var sagV = currentA * Pack.ResistanceScale
            * ResistanceModel.ResistanceFromFactorOhm(Model.Chemistry, Model.Chemistry.Sei.InitialThicknessNm,
                coldFactor);
        return new TelemetryFrame(temperatureC, currentA, Math.Min(sagV, TelemetryLimits.VoltageSagV.Max));
    }
}
