using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace BatteryOs.Cli.Tests.Deployment;

/// <summary>
/// A node of a parsed YAML document (merge keys and anchors resolved), with its path for failure messages.
/// Scalars are strings, as YAML wrote them.
/// </summary>
internal sealed class YamlTree(object? node, string path)
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    /// <summary>Where the node is, e.g. <c>services.silo1.ports[0]</c>.</summary>
    public string Path => path;

    /// <summary>The child under <paramref name="key"/>; fails the test when it is missing.</summary>
    public YamlTree this[string key] => Find(key) ?? throw new KeyNotFoundException($"{path} has no '{key}'.");

    /// <summary>The scalar's text.</summary>
    public string Text => node switch
    {
        string text => text,
        null => "",
        _ => throw new InvalidCastException($"{path} is not a scalar."),
    };

    /// <summary>The items of a sequence.</summary>
    public IReadOnlyList<YamlTree> Items => node is List<object> list
        ? [.. list.Select((item, i) => new YamlTree(item, $"{path}[{i}]"))]
        : throw new InvalidCastException($"{path} is not a sequence.");

    /// <summary>The entries of a mapping, by key.</summary>
    public IReadOnlyDictionary<string, YamlTree> Entries => node is Dictionary<object, object> map
        ? map.ToDictionary(e => (string)e.Key, e => new YamlTree(e.Value, $"{path}.{e.Key}"))
        : throw new InvalidCastException($"{path} is not a mapping.");

    /// <summary>True when the node is a mapping.</summary>
    public bool IsMapping => node is Dictionary<object, object>;

    /// <summary>The child under <paramref name="key"/>, or null.</summary>
    public YamlTree? Find(string key) =>
        node is Dictionary<object, object> map && map.TryGetValue(key, out var child)
            ? new YamlTree(child, path.Length == 0 ? key : $"{path}.{key}")
            : null;

    /// <summary>Every document of a YAML file of the repository.</summary>
    public static IReadOnlyList<YamlTree> LoadAll(string relativePath) => ParseAll(RepositoryFiles.Read(relativePath));

    /// <summary>The one document of a YAML file of the repository.</summary>
    public static YamlTree Load(string relativePath) => Assert.Single(LoadAll(relativePath));

    /// <summary>Every document of YAML text.</summary>
    public static IReadOnlyList<YamlTree> ParseAll(string text)
    {
        var parser = new MergingParser(new Parser(new StringReader(text)));
        parser.Consume<YamlDotNet.Core.Events.StreamStart>();
        var documents = new List<YamlTree>();
        while (parser.Accept<YamlDotNet.Core.Events.DocumentStart>(out _))
        {
            documents.Add(new YamlTree(Deserializer.Deserialize(parser), ""));
        }

        return documents;
    }
}
