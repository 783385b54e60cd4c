namespace BatteryOs.Model.Physics;

/// <summary>A pack built from identical cells: strings in parallel of cells in series.</summary>
/// <param name="SeriesCells">Cells in series per string.</param>
/// <param name="ParallelCells">Strings in parallel.</param>
public sealed record PackDesign(int SeriesCells, int ParallelCells)
{
    /// <summary>14 in series, 20 in parallel: a 40 Ah, ~50 V pack of 2 Ah 18650 cells.</summary>
    public static PackDesign Default { get; } = new(14, 20);

    /// <summary>Pack resistance over cell resistance: series adds, parallel divides.</summary>
    public double ResistanceScale => (double)SeriesCells / ParallelCells;

    /// <summary>The pack's capacity for a cell capacity, Ah.</summary>
    public double CapacityAh(double cellCapacityAh) => ParallelCells * cellCapacityAh;
}
