namespace BatteryOs.Cli.Tests.Deployment;

/// <summary>deploy/kubernetes: every manifest of every file, found by kind and name.</summary>
internal static class KubernetesManifests
{
    /// <summary>The folder in the repository.</summary>
    public const string Folder = "deploy/kubernetes";

    /// <summary>The manifest files (kustomization aside).</summary>
    public static IReadOnlyList<string> Files { get; } = [.. Directory
        .GetFiles(RepositoryFiles.PathOf(Folder), "*.yaml")
        .Select(Path.GetFileName)
        .Where(f => f != "kustomization.yaml")
        .Order(StringComparer.Ordinal)!];

    /// <summary>Every manifest.</summary>
    public static IReadOnlyList<YamlTree> All { get; } =
        [.. Files.SelectMany(f => YamlTree.LoadAll($"{Folder}/{f}"))];

    /// <summary>The one manifest of <paramref name="kind"/> named <paramref name="name"/>.</summary>
    public static YamlTree Get(string kind, string name) =>
        Assert.Single(All, m => m["kind"].Text == kind && m["metadata"]["name"].Text == name);

    /// <summary>A container's environment variables, by name (each a value or a valueFrom).</summary>
    public static IReadOnlyDictionary<string, YamlTree> Environment(YamlTree container) =>
        container["env"].Items.ToDictionary(e => e["name"].Text);

    /// <summary>The one container of a Deployment's or Job's pod template.</summary>
    public static YamlTree Container(YamlTree workload) =>
        Assert.Single(workload["spec"]["template"]["spec"]["containers"].Items);
}
