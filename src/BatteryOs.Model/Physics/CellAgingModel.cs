using System.Runtime.CompilerServices;
using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics;

/// <summary>
/// One cell's aging, cycle by cycle: SEI growth (and the lithium it consumes), the cycling power law
/// and lithium plating take capacity away; SoH % = 100 * capacity / nominal capacity.
/// </summary>
public sealed class CellAgingModel
{
    private readonly SeiParameters _sei;
    private readonly CyclingParameters _cycling;
    private readonly PlatingParameters _plating;
    private readonly RecoveryParameters _recovery;
    private readonly double _referenceC;

    /// <summary>A model for one chemistry.</summary>
    public CellAgingModel(ChemistryParameters chemistry)
    {
        ChemistryValidator.Validate(chemistry, $"chemistry '{chemistry.Name}'");
        Chemistry = chemistry;
        TemperatureDependence = new ChemistryArrhenius(chemistry);
        _sei = chemistry.Sei;
        _cycling = chemistry.Cycling;
        _plating = chemistry.Plating;
        _recovery = chemistry.Recovery;
        _referenceC = chemistry.ReferenceTemperatureC;
    }

    /// <summary>The parameters in force.</summary>
    public ChemistryParameters Chemistry { get; }

    /// <summary>The chemistry's Arrhenius dependences with their constants worked out.</summary>
    public ChemistryArrhenius TemperatureDependence { get; }

    /// <summary>A new cell: no cycles, the initial SEI film, full capacity.</summary>
    public CellState Initial => new(0.0, _sei.InitialThicknessNm, 100.0);

    /// <summary>What one cycle under <paramref name="conditions"/> costs a cell in <paramref name="state"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CycleLoss Losses(in CellState state, in CycleConditions conditions)
    {
        var dependence = TemperatureDependence;
        var k = SeiGrowthModel.RateConstantNm2PerHour(_sei, dependence.Sei, conditions);
        var sei = SeiGrowthModel.ThicknessAfterNm(state.SeiThicknessNm, k, conditions.DurationHours);
        return new CycleLoss(
            SeiGrowthModel.CapacityLossPct(_sei, state.SeiThicknessNm, sei),
            CyclingFadeModel.LossPct(_cycling, dependence.Cycling, state.EquivalentFullCycles,
                state.EquivalentFullCycles + conditions.DepthOfDischarge, conditions),
            PlatingModel.LossPct(_plating, conditions, dependence.PlatingCold.Factor(conditions.TemperatureC)),
            sei);
    }

    /// <summary>
    /// The state after one cycle: the rest before it returns part of the recoverable deficit, the cycle
    /// costs its irreversible losses and moves the deficit towards equilibrium. SoH never goes below 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CellState Step(in CellState state, in CycleConditions conditions)
    {
        var loss = Losses(state, conditions);
        var cycles = state.EquivalentFullCycles + conditions.DepthOfDischarge;
        var rested = RecoverableLossModel.AfterRestPct(_recovery, state.RecoverableLossPct, conditions.RestHours);
        var equilibrium = RecoverableLossModel.EquilibriumPct(_recovery, _referenceC, conditions.TemperatureC);
        return new CellState(
            cycles,
            loss.SeiThicknessAfterNm,
            Math.Max(0.0, state.SohPct - loss.TotalPct),
            RecoverableLossModel.AfterCyclePct(_recovery, rested, equilibrium, conditions.DepthOfDischarge));
    }

    /// <summary>
    /// The irreversible part of a step only (no recoverable deficit), for the fleet profile's hot loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CellState StepIrreversible(in CellState state, in CycleConditions conditions)
    {
        var loss = Losses(state, conditions);
        return new CellState(
            state.EquivalentFullCycles + conditions.DepthOfDischarge,
            loss.SeiThicknessAfterNm,
            Math.Max(0.0, state.SohPct - loss.TotalPct));
    }

    /// <summary>Capacity at a SoH, Ah.</summary>
    public double CapacityAh(double sohPct) => sohPct / 100.0 * Chemistry.NominalCapacityAh;

    /// <summary>SoH at a capacity, %.</summary>
    public double SohPct(double capacityAh) => 100.0 * capacityAh / Chemistry.NominalCapacityAh;
}
