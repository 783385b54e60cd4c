using BatteryOs.Model.Experts;

namespace BatteryOs.Grains.Experts;

/// <summary>Serves <see cref="ThermalRegulatorExpert"/>.</summary>
[StatelessWorker]
[GrainType("expert.thermal_regulator")]
public sealed class ThermalRegulatorGrain() : ExpertGrain(new ThermalRegulatorExpert());
