using BatteryOs.Model.Packs;
using BatteryOs.Model.Physics;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Gating;

/// <summary>
/// What turns a pack's frames into <see cref="GateInput"/>: its capacity, cells in series, charge end and
/// depth of discharge. A seed pack, which has no such figures, reads as the default physics pack.
/// </summary>
/// <param name="CapacityAh">Nominal pack capacity, Ah.</param>
/// <param name="SeriesCells">Cells in series.</param>
/// <param name="ChargeEndSocPct">State of charge the charger stops at, %.</param>
/// <param name="DepthOfDischarge">Depth of discharge per cycle, 0-1.</param>
public sealed record PackGeometry(double CapacityAh, int SeriesCells, double ChargeEndSocPct, double DepthOfDischarge)
{
    /// <summary>The default physics pack's geometry.</summary>
    public static PackGeometry Default { get; } = Of(new PhysicsProfile());

    /// <summary>The geometry of a profile's packs.</summary>
    public static PackGeometry Of(IDegradationProfile profile) => profile is PhysicsProfile physics
        ? new PackGeometry(physics.PackCapacityAh, physics.Pack.SeriesCells, physics.Duty.ChargeEndSoc * 100.0,
            physics.Duty.DepthOfDischarge)
        : Default;

    /// <summary>The gate input of a frame that a pack in condition <paramref name="before"/> is about to run.</summary>
    public GateInput Input(in TelemetryFrame frame, in PackCondition before) => new(frame.TemperatureC,
        Math.Abs(frame.CurrentA) / CapacityAh, frame.VoltageSagV / SeriesCells, ChargeEndSocPct, before.SeiNm,
        before.Cycle * DepthOfDischarge);
}
