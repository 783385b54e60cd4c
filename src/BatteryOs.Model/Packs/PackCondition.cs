namespace BatteryOs.Model.Packs;

/// <summary>The degradation state of one pack after its latest cycle.</summary>
/// <param name="Cycle">Cycles completed.</param>
/// <param name="SeiNm">Solid electrolyte interphase thickness, nm.</param>
/// <param name="SohPct">State of health after the latest cycle, % (raw, unsmoothed).</param>
public readonly record struct PackCondition(long Cycle, double SeiNm, double SohPct);
