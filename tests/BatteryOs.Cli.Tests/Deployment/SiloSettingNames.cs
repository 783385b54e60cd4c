using System.Reflection;
using BatteryOs.Cli.Connection;
using BatteryOs.Grains.Packs;
using BatteryOs.Hosting.Cluster;
using Orleans.Configuration;

namespace BatteryOs.Cli.Tests.Deployment;

/// <summary>
/// The configuration keys a silo reads, from the code that reads them, and the environment variables that set
/// them (BATTERYOS__SECTION__KEY).
/// </summary>
internal static class SiloSettingNames
{
    /// <summary>Every key, as configuration spells it (Section:Key); configuration ignores case.</summary>
    public static IReadOnlySet<string> Keys { get; } = new HashSet<string>(
        [
            CliConfiguration.PostgresKey,
            .. Section(ClusterSiloOptions.SectionName, typeof(ClusterSiloOptions)),
            .. Section(PackGrainOptions.SectionName, typeof(PackGrainOptions)),
            .. Section("Membership", typeof(ClusterMembershipOptions)),
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The key an environment variable sets, or null when it is not a BatteryOs variable.</summary>
    public static string? KeyOf(string variable) =>
        variable.StartsWith(CliConfiguration.EnvironmentPrefix, StringComparison.Ordinal)
            ? variable[CliConfiguration.EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal)
            : null;

    /// <summary>The environment variable that sets <paramref name="key"/>, e.g. BATTERYOS__SILO__SILONAME.</summary>
    public static string VariableOf(string key) =>
        CliConfiguration.EnvironmentPrefix + key.Replace(":", "__", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>Fails with the offending names when a BATTERYOS__ variable sets nothing the silo reads.</summary>
    public static void AssertAllKnown(IEnumerable<string> variables, string where)
    {
        var unknown = variables.Where(v => KeyOf(v) is { } key && !Keys.Contains(key)).ToList();
        Assert.True(unknown.Count == 0, $"{where} sets {string.Join(", ", unknown)}, which no silo reads.");
    }

    private static IEnumerable<string> Section(string section, Type options) =>
        options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Select(p => $"{section}:{p.Name}");
}
