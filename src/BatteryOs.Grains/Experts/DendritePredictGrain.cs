using BatteryOs.Model.Experts;

namespace BatteryOs.Grains.Experts;

/// <summary>Serves <see cref="DendritePredictExpert"/>.</summary>
[StatelessWorker]
[GrainType("expert.dendrite_predict")]
public sealed class DendritePredictGrain() : ExpertGrain(new DendritePredictExpert());
