namespace BatteryOs.Cli.Calibration;

/// <summary>
/// What the NASA PCoE aging tests did that their per-cycle CSV does not record (see the data set's
/// README): every cell charged at 1.5 A constant current to 4.2 V, then at constant voltage to 20 mA,
/// and discharged fully to its cut-off voltage.
/// </summary>
internal static class NasaProtocol
{
    /// <summary>Charge current of every test, A.</summary>
    public const double ChargeCurrentA = 1.5;

    /// <summary>Each recorded cycle is one full discharge: one equivalent full cycle.</summary>
    public const double DepthOfDischarge = 1.0;

    /// <summary>Charging ends at 4.2 V / 20 mA: a full charge.</summary>
    public const double ChargeEndSoc = 1.0;

    /// <summary>
    /// Assumed fraction of a cycle above 80 % SoC: the constant-voltage tail and the rest before the
    /// discharge take about half of the roughly 3 h charge and rest of a 4-5 h cycle. All NASA tests share
    /// it, so the data cannot fit it; it only scales how the SEI rate constant reads.
    /// </summary>
    public const double HighSocFraction = 0.35;
}
