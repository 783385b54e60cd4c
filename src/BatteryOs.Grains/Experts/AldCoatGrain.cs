using BatteryOs.Model.Experts;

namespace BatteryOs.Grains.Experts;

/// <summary>Serves <see cref="AldCoatExpert"/>.</summary>
[StatelessWorker]
[GrainType("expert.ald_coat")]
public sealed class AldCoatGrain() : ExpertGrain(new AldCoatExpert());
