using BatteryOs.Cli.Silo;

namespace BatteryOs.Cli.Load;

/// <summary>What <c>batteryos load</c> was asked to do.</summary>
/// <param name="Mqtt">The broker (loopback only).</param>
/// <param name="Packs">Packs fed, ids <paramref name="FirstPack"/> and up.</param>
/// <param name="Rate">Messages published per second.</param>
/// <param name="Seconds">How long to publish.</param>
/// <param name="FirstPack">The first pack id.</param>
/// <param name="BadEvery">Every Nth message is invalid (0: none).</param>
/// <param name="DuplicateEvery">Every Nth message repeats its pack's previous frame (0: none).</param>
/// <param name="InFlight">Publishes awaiting the broker's acknowledgement at once.</param>
/// <param name="SettleSeconds">How long to wait for the cluster to reflect every frame after publishing.</param>
/// <param name="Postgres">The cluster's connection string, for the check.</param>
/// <param name="ReportPath">Where to write the JSON report, if anywhere.</param>
internal sealed record LoadSettings(
    MqttEndpoint Mqtt,
    int Packs,
    int Rate,
    int Seconds,
    long FirstPack,
    int BadEvery,
    int DuplicateEvery,
    int InFlight,
    int SettleSeconds,
    string Postgres,
    string? ReportPath)
{
    /// <summary>Messages to publish in all.</summary>
    public long Messages => (long)Rate * Seconds;

    /// <summary>What message <paramref name="index"/> is.</summary>
    public LoadMessageKind KindOf(long index) =>
        BadEvery > 0 && index % BadEvery == BadEvery - 1 ? LoadMessageKind.Bad
        : DuplicateEvery > 0 && index % DuplicateEvery == DuplicateEvery - 1 ? LoadMessageKind.Duplicate
        : LoadMessageKind.Valid;
}
