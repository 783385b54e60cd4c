using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Profiles;

namespace BatteryOs.Grains.Experts;

/// <summary>
/// The grain side of one expert: assesses a whole batch per call, as the batch's model profile has this
/// expert assess (see <see cref="IDegradationProfile.Assessor"/>). Concrete experts are one-line subclasses
/// that name their model and grain type.
/// </summary>
public abstract class ExpertGrain : Grain, IExpertGrain
{
    private readonly int _index;

    /// <summary>The grain for a catalogued expert.</summary>
    /// <exception cref="ArgumentException">The expert is not in <see cref="ExpertCatalog"/>.</exception>
    protected ExpertGrain(IExpertModel model)
    {
        _index = ExpertCatalog.IndexOf(model.Name);
        if (_index < 0)
        {
            throw new ArgumentException($"Expert '{model.Name}' is not registered in the expert catalog.");
        }

        Model = model;
    }

    /// <summary>The expert model this grain serves.</summary>
    protected IExpertModel Model { get; }

    /// <inheritdoc />
    public Task<ExpertAnswer> Assess(ExpertBatch batch)
    {
        if (!batch.IsWellFormed)
        {
            throw new ArgumentException($"Expert batch of {batch.Frames.Count} frames does not fit its arrays.");
        }

        var assessor = ModelProfiles.Get(batch.Model).Assessor(_index);
        var count = batch.Frames.Count;
        var risks = BatchBuffers.Rent<double>(count);
        var degradation = BatchBuffers.Rent<double>(count);
        assessor.Assess(batch.Frames.Span, batch.BeforeSpan, risks.AsSpan(0, count), degradation.AsSpan(0, count));
        return Task.FromResult(new ExpertAnswer(risks, degradation, count));
    }
}
