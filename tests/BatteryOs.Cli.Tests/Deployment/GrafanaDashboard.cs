using System.Text.Json;

namespace BatteryOs.Cli.Tests.Deployment;

/// <summary>One dashboard of grafana/dashboards: its panels' queries and its template variables.</summary>
internal sealed class GrafanaDashboard
{
    private GrafanaDashboard(string file, JsonElement root)
    {
        File = file;
        Root = root;
        Panels = [.. Flatten(root.GetProperty("panels"))];
        Queries = [.. Panels.SelectMany(p => p.GetProperty("targets").EnumerateArray()
            .Select(t => new PanelQuery(file, p.GetProperty("title").GetString()!, t.GetProperty("refId").GetString()!,
                t.GetProperty("expr").GetString()!, t)))];
        Variables = [.. root.GetProperty("templating").GetProperty("list").EnumerateArray()];
    }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>The dashboard's JSON.</summary>
    public JsonElement Root { get; }

    /// <summary>Every panel, rows' panels included.</summary>
    public IReadOnlyList<JsonElement> Panels { get; }

    /// <summary>Every query of every panel.</summary>
    public IReadOnlyList<PanelQuery> Queries { get; }

    /// <summary>The template variables.</summary>
    public IReadOnlyList<JsonElement> Variables { get; }

    /// <summary>Parses a dashboard file.</summary>
    public static GrafanaDashboard Load(string path)
    {
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        return new GrafanaDashboard(Path.GetFileName(path), json.RootElement.Clone());
    }

    /// <summary>The query of a template variable (Grafana writes it as a string or as an object).</summary>
    public static string VariableQuery(JsonElement variable)
    {
        var query = variable.GetProperty("query");
        return query.ValueKind == JsonValueKind.String ? query.GetString()! : query.GetProperty("query").GetString()!;
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement panels)
    {
        foreach (var panel in panels.EnumerateArray())
        {
            if (panel.TryGetProperty("panels", out var nested))
            {
                foreach (var inner in Flatten(nested))
                {
                    yield return inner;
                }
            }

            if (panel.TryGetProperty("targets", out _))
            {
                yield return panel;
            }
        }
    }
}
