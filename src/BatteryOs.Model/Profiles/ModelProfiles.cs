namespace BatteryOs.Model.Profiles;

/// <summary>The model profiles a simulation can run, by name.</summary>
public static class ModelProfiles
{
    private static readonly Dictionary<string, IDegradationProfile> ByName = new(StringComparer.Ordinal)
    {
        [SeedProfile.ProfileName] = new SeedProfile(),
    };

    /// <summary>The profile used when none is named.</summary>
    public const string DefaultName = SeedProfile.ProfileName;

    /// <summary>Names of every known profile.</summary>
    public static IReadOnlyCollection<string> Names => ByName.Keys;

    /// <summary>Finds a profile by name.</summary>
    public static bool TryGet(string name, out IDegradationProfile profile) =>
        ByName.TryGetValue(name, out profile!);

    /// <summary>Finds a profile by name or throws with the list of known names.</summary>
    public static IDegradationProfile Get(string name) =>
        TryGet(name, out var profile)
            ? profile
            : throw new ArgumentException($"Unknown model profile '{name}' (known: {string.Join(", ", Names)}).");
}
