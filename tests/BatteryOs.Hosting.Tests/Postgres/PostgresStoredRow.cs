namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>What ReadFromStorageKey returned for one grain.</summary>
public sealed record PostgresStoredRow(byte[]? Payload, int Version);
