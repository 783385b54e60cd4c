using BatteryOs.Contracts.Wire;

namespace BatteryOs.Contracts;

/// <summary>One expert of the mixture; each expert is its own grain class behind this contract.</summary>
public interface IExpertGrain : IGrainWithStringKey
{
    /// <summary>Returns one risk figure in [0, 1] per frame given.</summary>
    Task<RiskBatch> Assess(FrameBatch frames);
}
