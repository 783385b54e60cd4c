using System.Text.Json;

namespace BatteryOs.Cli.Tests.Deployment;

/// <summary>One query of one panel.</summary>
/// <param name="Dashboard">The dashboard's file name.</param>
/// <param name="Panel">The panel's title.</param>
/// <param name="RefId">The query's id within the panel (A, B, ...).</param>
/// <param name="Expression">The PromQL as written, with template variables.</param>
/// <param name="Target">The query's JSON.</param>
internal sealed record PanelQuery(string Dashboard, string Panel, string RefId, string Expression, JsonElement Target)
{
    /// <inheritdoc />
    public override string ToString() => $"{Dashboard} / {Panel} / {RefId}: {Expression}";
}
