namespace BatteryOs.Cli.Connection;

/// <summary>Where a command's grains live.</summary>
internal enum ConnectionMode
{
    /// <summary>A silo inside this process, with a SQLite or memory store.</summary>
    Embedded,

    /// <summary>An existing cluster on PostgreSQL, reached as an Orleans client.</summary>
    Postgres,
}
