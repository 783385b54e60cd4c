using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Experts;

namespace BatteryOs.Grains.Experts;

/// <summary>
/// The grain side of one expert: assesses a whole batch per call with its model. Concrete experts
/// are one-line subclasses that name their model and grain type.
/// </summary>
public abstract class ExpertGrain(IExpertModel model) : Grain, IExpertGrain
{
    /// <summary>The expert model this grain serves.</summary>
    protected IExpertModel Model { get; } = model;

    /// <inheritdoc />
    public Task<RiskBatch> Assess(FrameBatch frames)
    {
        var risks = BatchBuffers.Rent<double>(frames.Count);
        Model.Assess(frames.Span, risks.AsSpan(0, frames.Count));
        return Task.FromResult(new RiskBatch(risks, frames.Count));
    }
}
