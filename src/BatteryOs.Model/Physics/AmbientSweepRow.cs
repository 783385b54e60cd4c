namespace BatteryOs.Model.Physics;

/// <summary>One ambient temperature's outcome in an <see cref="AmbientSweep"/>.</summary>
/// <param name="TemperatureC">Constant ambient temperature, °C.</param>
/// <param name="SohPct">Raw SoH after the sweep's cycle count, %.</param>
/// <param name="CyclesTo80Pct">First cycle whose SoH is below 80 %, or null if none up to the horizon.</param>
public sealed record AmbientSweepRow(double TemperatureC, double SohPct, long? CyclesTo80Pct);
