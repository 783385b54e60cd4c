using BatteryOs.Model.Packs;

namespace BatteryOs.Contracts.Wire;

/// <summary>Lets Orleans serialize and copy <see cref="PackCondition"/> through its surrogate.</summary>
[RegisterConverter]
public sealed class PackConditionSurrogateConverter : IConverter<PackCondition, PackConditionSurrogate>
{
    /// <inheritdoc />
    public PackCondition ConvertFromSurrogate(in PackConditionSurrogate surrogate) =>
        new(surrogate.Cycle, surrogate.SeiNm, surrogate.SohPct);

    /// <inheritdoc />
    public PackConditionSurrogate ConvertToSurrogate(in PackCondition value) => new()
    {
        Cycle = value.Cycle,
        SeiNm = value.SeiNm,
        SohPct = value.SohPct,
    };
}
