using System.Collections.Concurrent;
using BatteryOs.Model.Physics;

namespace BatteryOs.Model.Profiles;

/// <summary>
/// The model profiles a simulation can run, by name: <c>seed</c>, and <c>physics</c> with its variants
/// (see <see cref="PhysicsProfileSpec"/>). A profile is built once per name and shared.
/// </summary>
public static class ModelProfiles
{
    private static readonly ConcurrentDictionary<string, IDegradationProfile> Built = new(StringComparer.Ordinal)
    {
        [SeedProfile.ProfileName] = new SeedProfile(),
    };

    /// <summary>The profile used when none is named.</summary>
    public const string DefaultName = PhysicsProfile.ProfileName;

    /// <summary>The base names of the known profiles.</summary>
    public static IReadOnlyCollection<string> Names { get; } = [PhysicsProfile.ProfileName, SeedProfile.ProfileName];

    /// <summary>Finds a profile by name.</summary>
    public static bool TryGet(string name, out IDegradationProfile profile) => TryGet(name, out profile, out _);

    /// <summary>Finds a profile by name, or says why the name is not one.</summary>
    public static bool TryGet(string name, out IDegradationProfile profile, out string? problem)
    {
        problem = null;
        if (Built.TryGetValue(name, out profile!))
        {
            return true;
        }

        if (PhysicsProfileSpec.Parse(name, out problem) is not { } spec)
        {
            problem = name.StartsWith(PhysicsProfile.ProfileName, StringComparison.Ordinal)
                ? $"Model '{name}': {problem}"
                : $"Unknown model profile '{name}' (known: {string.Join(", ", Names)})";
            return false;
        }

        // Equivalent spellings share the profile built under the canonical name.
        profile = Built.GetOrAdd(spec.ToString(), _ => spec.Build());
        Built.TryAdd(name, profile);
        return true;
    }

    /// <summary>Finds a profile by name or throws naming the problem.</summary>
    /// <exception cref="ArgumentException">The name is no known profile.</exception>
    public static IDegradationProfile Get(string name) =>
        TryGet(name, out var profile, out var problem)
            ? profile
            : throw new ArgumentException(problem + ".");
}
