using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using BatteryOs.Cli.Connection;
using BatteryOs.Cli.Simulate;
using BatteryOs.Contracts;
using BatteryOs.Model.Experts;
using Spectre.Console;

namespace BatteryOs.Cli.Packs;

/// <summary><c>batteryos pack show ID</c>: one pack's stored condition.</summary>
internal static class PackCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Builds the <c>pack</c> command and its <c>show</c> subcommand.</summary>
    public static Command Create(TextWriter output)
    {
        var id = new Argument<long>("id") { Description = "Pack id." };
        id.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && long.TryParse(r.Tokens[0].Value, out var value) && value < 0)
            {
                r.AddError($"pack id must be non-negative, not {value}.");
            }
        });
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var connection = new ConnectionOptions(SimulateCommand.DefaultStore);
        var show = new Command("show", "Show one pack's cycle, SEI, SoH and routing.") { id, json };
        connection.AddTo(show);
        show.SetAction((result, token) => ShowAsync(result.GetValue(id),
            connection.Read(result, CliConfiguration.Load()), result.GetValue(json), output, token));
        return new Command("pack", "Inspect packs.") { show };
    }

    private static async Task<int> ShowAsync(long id, ConnectionSettings settings, bool json, TextWriter output,
        CancellationToken token)
    {
        if (settings.Mode == ConnectionMode.Embedded && settings.Store.SqlitePath is { } path && !File.Exists(path))
        {
            throw new UsageException($"store '{path}' does not exist");
        }

        await using var connection = await FleetConnection.OpenAsync(settings, token);
        var pack = await connection.Grains.GetGrain<IPackGrain>(id).GetSummary();
        await connection.CloseAsync();
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(pack, Json));
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumns("pack", id.ToString(CultureInfo.InvariantCulture));
        table.AddRow("model", pack.Model.Length > 0 ? pack.Model : "(never cycled)");
        table.AddRow("cycle", pack.Cycle.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("checkpoint cycle", pack.CheckpointCycle.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("SEI nm", pack.SeiNm.ToString("F6", CultureInfo.InvariantCulture));
        table.AddRow("SoH %", pack.SohPct.ToString("F4", CultureInfo.InvariantCulture));
        table.AddRow("SoH smoothed %", pack.SohSmoothedPct.ToString("F4", CultureInfo.InvariantCulture));
        table.AddRow("mixture risk", pack.MixtureRisk.ToString("F4", CultureInfo.InvariantCulture));
        for (var e = 0; e < pack.RoutingCounts.Length && e < ExpertCatalog.Count; e++)
        {
            table.AddRow($"routed to {ExpertCatalog.All[e].Name}",
                pack.RoutingCounts[e].ToString("N0", CultureInfo.InvariantCulture));
        }

        Console.CliConsole.Create(output).Write(table);
        return ExitCodes.Ok;
    }
}
