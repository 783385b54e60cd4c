using System.Text.RegularExpressions;
using System.Xml.Linq;
using BatteryOs.Hosting.Cluster;

namespace BatteryOs.Cli.Tests.Deployment;

/// <summary>The Dockerfile builds the command the silos run, from every project, on the runtime it needs.</summary>
public sealed partial class DockerfileTests
{
    private const string CliProject = "src/BatteryOs.Cli/BatteryOs.Cli.csproj";
    private static readonly string[] Lines = RepositoryFiles.Read("Dockerfile").Split('\n');

    [Fact]
    public void It_restores_from_every_project_file_the_command_references()
    {
        var copied = Lines.Select(l => CopiedProject().Match(l)).Where(m => m.Success)
            .Select(m => m.Groups["project"].Value)
            .Order(StringComparer.Ordinal);

        Assert.Equal(ProjectClosure(CliProject).Order(StringComparer.Ordinal), copied);
        Assert.Contains(Lines, l => l.StartsWith("COPY global.json Directory.Build.props Directory.Packages.props",
            StringComparison.Ordinal));
    }

    [Fact]
    public void It_runs_the_published_command_as_a_silo_on_the_ASP_NET_Core_runtime()
    {
        var assembly = XDocument.Load(RepositoryFiles.PathOf(CliProject)).Descendants("AssemblyName").Single().Value;

        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"/app/{assembly}.dll\"]", Lines);
        Assert.Contains("CMD [\"silo\"]", Lines);
        var runtime = Lines.Last(l => l.StartsWith("FROM ", StringComparison.Ordinal));
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0", runtime);
        Assert.Contains("ENV BATTERYOS__SILO__HTTPADDRESS=0.0.0.0", Lines);
    }

    [Fact]
    public void It_exposes_the_silo_gateway_and_HTTP_ports()
    {
        var defaults = new ClusterSiloOptions();

        Assert.Contains($"EXPOSE {defaults.SiloPort} {defaults.GatewayPort} {defaults.HttpPort}", Lines);
    }

    private static IEnumerable<string> ProjectClosure(string project)
    {
        var folder = Path.GetDirectoryName(project)!;
        var references = XDocument.Load(RepositoryFiles.PathOf(project)).Descendants("ProjectReference")
            .Select(r => Path.GetRelativePath(RepositoryFiles.Root,
                RepositoryFiles.PathOf(Path.Combine(folder, r.Attribute("Include")!.Value.Replace('\\', '/'))))
                .Replace('\\', '/'));
        return references.SelectMany(ProjectClosure).Append(project).Distinct();
    }

    [GeneratedRegex(@"^COPY (?<project>src/[\w.]+/[\w.]+\.csproj) src/[\w.]+/$")]
    private static partial Regex CopiedProject();
}
