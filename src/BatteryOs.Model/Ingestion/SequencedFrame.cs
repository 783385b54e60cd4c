using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Ingestion;

/// <summary>
/// One cycle of telemetry as a battery management system reports it: numbered by the pack's own
/// sequence counter and stamped with the time it was measured.
/// </summary>
/// <param name="Seq">The pack's frame number, counting up from 1; frames are applied in this order.</param>
/// <param name="TimestampUnixMs">When the cycle was measured, milliseconds since 1970-01-01 UTC.</param>
/// <param name="Frame">The cycle's temperature, current and voltage sag.</param>
/// <param name="SocPct">State of charge reported with the frame, %, when the BMS sends it.</param>
/// <param name="MinCellVoltageV">Lowest cell voltage of the frame, V, when the BMS sends cell voltages.</param>
/// <param name="MaxCellVoltageV">Highest cell voltage of the frame, V, when the BMS sends cell voltages.</param>
public readonly record struct SequencedFrame(
    long Seq,
    long TimestampUnixMs,
    TelemetryFrame Frame,
    double? SocPct = null,
    double? MinCellVoltageV = null,
    double? MaxCellVoltageV = null);
