namespace BatteryOs.Model.Physics;

/// <summary>The capacity one cycle cost, by mechanism, in % of nominal capacity.</summary>
/// <param name="SeiPct">Lithium consumed by SEI growth.</param>
/// <param name="CyclingPct">Cycling loss (the power law in equivalent full cycles).</param>
/// <param name="PlatingPct">Lithium lost to plating.</param>
/// <param name="SeiThicknessAfterNm">SEI thickness at the end of the cycle, nm.</param>
public readonly record struct CycleLoss(double SeiPct, double CyclingPct, double PlatingPct, double SeiThicknessAfterNm)
{
    /// <summary>All mechanisms together, % of nominal capacity.</summary>
    public double TotalPct => SeiPct + CyclingPct + PlatingPct;
}
