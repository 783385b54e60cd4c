namespace BatteryOs.Cli.Load;

/// <summary>What one message of a load run is.</summary>
internal enum LoadMessageKind
{
    /// <summary>The pack's next frame.</summary>
    Valid,

    /// <summary>Input the silo must reject (a different kind each time).</summary>
    Bad,

    /// <summary>The pack's previous frame again, as a QoS 1 redelivery would be.</summary>
    Duplicate,
}
