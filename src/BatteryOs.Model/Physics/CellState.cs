namespace BatteryOs.Model.Physics;

/// <summary>The aging state of one cell between cycles.</summary>
/// <param name="EquivalentFullCycles">Charge throughput so far over nominal capacity.</param>
/// <param name="SeiThicknessNm">Solid electrolyte interphase thickness, nm.</param>
/// <param name="SohPct">Capacity after a full rest over nominal capacity, % (raw, unsmoothed).</param>
/// <param name="RecoverableLossPct">Capacity held back by recent cycling, returned by rest, % of nominal.</param>
public readonly record struct CellState(
    double EquivalentFullCycles, double SeiThicknessNm, double SohPct, double RecoverableLossPct = 0.0)
{
    /// <summary>The capacity a discharge right now would deliver, % of nominal: SoH minus the deficit.</summary>
    public double ApparentSohPct => SohPct - RecoverableLossPct;
}
