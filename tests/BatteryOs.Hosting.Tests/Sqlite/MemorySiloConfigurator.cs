using Orleans.TestingHost;

namespace BatteryOs.Hosting.Tests.Sqlite;

/// <summary>A test silo keeping pack state in memory: the undisturbed reference run.</summary>
public sealed class MemorySiloConfigurator : ISiloConfigurator
{
    /// <inheritdoc />
    public void Configure(ISiloBuilder siloBuilder) =>
        siloBuilder.AddBatteryOsMemoryStorage().AddBatteryOsGrains();
}
