using BatteryOs.Model.Experts;

namespace BatteryOs.Grains.Experts;

/// <summary>Serves <see cref="PowerShaperExpert"/>.</summary>
[StatelessWorker]
[GrainType("expert.power_shaper")]
public sealed class PowerShaperGrain() : ExpertGrain(new PowerShaperExpert());
