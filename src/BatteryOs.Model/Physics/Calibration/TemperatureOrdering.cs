namespace BatteryOs.Model.Physics.Calibration;

/// <summary>
/// The irreversible capacity loss of 100 NASA-style lab cycles (full depth, 0.75C charge to full, 4.7 h
/// per cycle) at 4, 24 and 43 °C, at 1C and at 0.5C discharge: the checks that 43 °C fades faster than
/// 24 °C at the same current, and 4 °C at 0.5C faster than 24 °C at 1C (plating).
/// </summary>
/// <param name="Cycles">Cycles simulated.</param>
/// <param name="Loss4CHalfCPct">Loss at 4 °C and 0.5C, % of nominal.</param>
/// <param name="Loss24C1CPct">Loss at 24 °C and 1C, %.</param>
/// <param name="Loss43C1CPct">Loss at 43 °C and 1C, %.</param>
public sealed record TemperatureOrdering(int Cycles, double Loss4CHalfCPct, double Loss24C1CPct, double Loss43C1CPct)
{
    /// <summary>Lab cycles simulated per temperature.</summary>
    public const int LabCycles = 100;

    /// <summary>True when 43 °C loses more than 24 °C at the same current.</summary>
    public bool HotFadesFaster => Loss43C1CPct > Loss24C1CPct;

    /// <summary>True when 4 °C at half the current loses more than 24 °C.</summary>
    public bool ColdFadesFasterAtHalfCurrent => Loss4CHalfCPct > Loss24C1CPct;

    /// <summary>The losses under a model.</summary>
    public static TemperatureOrdering Of(CellAgingModel model) =>
        new(LabCycles, LossPct(model, 4.0, 0.5), LossPct(model, 24.0, 1.0), LossPct(model, 43.0, 1.0));

    /// <summary>Irreversible loss after <see cref="LabCycles"/> lab cycles at a temperature and C-rate, %.</summary>
    public static double LossPct(CellAgingModel model, double temperatureC, double dischargeCRate)
    {
        var conditions = new CycleConditions(temperatureC, dischargeCRate, 0.75, 1.0, 4.7, 0.35, 1.0);
        var state = model.Initial;
        for (var i = 0; i < LabCycles; i++)
        {
            state = model.StepIrreversible(state, conditions);
        }

        return 100.0 - state.SohPct;
    }
}
