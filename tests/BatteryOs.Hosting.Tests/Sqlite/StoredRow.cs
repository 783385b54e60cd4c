namespace BatteryOs.Hosting.Tests.Sqlite;

/// <summary>What ReadFromStorageKey returned for one grain.</summary>
public sealed record StoredRow(byte[]? Payload, long Version);
