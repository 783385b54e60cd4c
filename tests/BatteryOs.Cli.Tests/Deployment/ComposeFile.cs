using System.Text.RegularExpressions;

namespace BatteryOs.Cli.Tests.Deployment;

/// <summary>docker-compose.yml at the top of the repository, parsed, with the parts the tests compare.</summary>
internal sealed class ComposeFile
{
    /// <summary>The file's path in the repository.</summary>
    public const string RelativePath = "docker-compose.yml";

    private ComposeFile(YamlTree root) => Root = root;

    /// <summary>The whole document.</summary>
    public YamlTree Root { get; }

    /// <summary>The services, by name.</summary>
    public IReadOnlyDictionary<string, YamlTree> Services => Root["services"].Entries;

    /// <summary>The silo services: every service that runs the silo command.</summary>
    public IReadOnlyList<string> Silos => [.. Services
        .Where(s => s.Value.Find("command") is { } command && command.Items.Select(i => i.Text).SequenceEqual(["silo"]))
        .Select(s => s.Key)
        .Order(StringComparer.Ordinal)];

    /// <summary>Loads the repository's file.</summary>
    public static ComposeFile Load() => new(YamlTree.Load(RelativePath));

    /// <summary>A service's environment, whether written as a mapping or as NAME=value items.</summary>
    public IReadOnlyDictionary<string, string> Environment(string service)
    {
        var environment = Services[service].Find("environment");
        if (environment is null)
        {
            return new Dictionary<string, string>();
        }

        return environment.IsMapping
            ? environment.Entries.ToDictionary(e => e.Key, e => e.Value.Text)
            : environment.Items.Select(i => i.Text.Split('=', 2))
                .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
    }

    /// <summary>A service's bind mounts and volumes as (source, target) pairs, without the access mode.</summary>
    public IReadOnlyList<(string Source, string Target)> Volumes(string service) =>
        Services[service].Find("volumes") is { } volumes
            ? [.. volumes.Items.Select(v => v.Text.Split(':')).Select(p => (p[0], p[1]))]
            : [];

    /// <summary>A service's <c>stop_grace_period</c>, in compose's duration format (Docker's 10 s when absent).
    /// </summary>
    public TimeSpan StopGracePeriod(string service)
    {
        if (Services[service].Find("stop_grace_period") is not { } grace)
        {
            return TimeSpan.FromSeconds(10);
        }

        var parts = Regex.Matches(grace.Text, @"(\d+)(ms|h|m|s)");
        Assert.Equal(grace.Text, string.Concat(parts.Select(p => p.Value)));
        return parts.Aggregate(TimeSpan.Zero, (sum, p) => sum + (p.Groups[2].Value switch
        {
            "h" => TimeSpan.FromHours(int.Parse(p.Groups[1].Value)),
            "m" => TimeSpan.FromMinutes(int.Parse(p.Groups[1].Value)),
            "s" => TimeSpan.FromSeconds(int.Parse(p.Groups[1].Value)),
            _ => TimeSpan.FromMilliseconds(int.Parse(p.Groups[1].Value)),
        }));
    }

    /// <summary>A service's published ports as (host, container) pairs.</summary>
    public IReadOnlyList<(int Host, int Container)> Ports(string service) =>
        Services[service].Find("ports") is { } ports
            ? [.. ports.Items.Select(p => p.Text.Split(':')).Select(p => (int.Parse(p[0]), int.Parse(p[1])))]
            : [];
}
