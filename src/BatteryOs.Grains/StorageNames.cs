namespace BatteryOs.Grains;

/// <summary>Names of the grain storage providers the grains use.</summary>
public static class StorageNames
{
    /// <summary>Storage of pack and fleet state.</summary>
    public const string Packs = "packs";
}
