using BatteryOs.Model.Experts;

namespace BatteryOs.Grains.Experts;

/// <summary>Serves <see cref="IonFluxExpert"/>.</summary>
[StatelessWorker]
[GrainType("expert.ion_flux")]
public sealed class IonFluxGrain() : ExpertGrain(new IonFluxExpert());
