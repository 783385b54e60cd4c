namespace BatteryOs.Contracts.State;

/// <summary>The fleet's persisted record of simulation runs.</summary>
[GenerateSerializer]
[Alias("batteryos.FleetState")]
public sealed class FleetState
{
    /// <summary>Runs registered so far.</summary>
    [Id(0)] public int Runs { get; set; }

    /// <summary>The largest fleet size any run used.</summary>
    [Id(1)] public int Packs { get; set; }

    /// <summary>The cycle every pack is driven to by the latest run.</summary>
    [Id(2)] public long TargetCycle { get; set; }

    /// <summary>The model profile of the fleet's runs; empty before the first.</summary>
    [Id(3)] public string Model { get; set; } = "";

    /// <summary>The caller's id of the latest run, so a retried registration is not counted twice.</summary>
    [Id(4)] public Guid LastRunId { get; set; }

    /// <summary>The cycle the latest run started from.</summary>
    [Id(5)] public long LastStartCycle { get; set; }

    /// <summary>Packs the latest run drives.</summary>
    [Id(6)] public int LastPacks { get; set; }
}
