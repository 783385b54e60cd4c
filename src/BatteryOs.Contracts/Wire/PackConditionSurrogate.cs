using BatteryOs.Model.Packs;

namespace BatteryOs.Contracts.Wire;

/// <summary>Wire form of <see cref="PackCondition"/>, which lives in the Orleans-free model.</summary>
[GenerateSerializer]
[Alias("batteryos.PackCondition")]
public struct PackConditionSurrogate
{
    /// <summary>Cycles completed.</summary>
    [Id(0)] public long Cycle;

    /// <summary>SEI thickness, nm.</summary>
    [Id(1)] public double SeiNm;

    /// <summary>Raw SoH, %.</summary>
    [Id(2)] public double SohPct;
}
