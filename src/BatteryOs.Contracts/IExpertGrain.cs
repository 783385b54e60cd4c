using BatteryOs.Contracts.Wire;

namespace BatteryOs.Contracts;

/// <summary>One expert of the mixture; each expert is its own grain class behind this contract.</summary>
public interface IExpertGrain : IGrainWithStringKey
{
    /// <summary>Returns a risk in [0, 1] and a mechanism cost per frame, under the batch's model profile.</summary>
    Task<ExpertAnswer> Assess(ExpertBatch batch);
}
