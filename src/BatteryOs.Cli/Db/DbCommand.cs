using System.CommandLine;
using BatteryOs.Cli.Connection;
using BatteryOs.Hosting.Postgres;

namespace BatteryOs.Cli.Db;

/// <summary><c>batteryos db init</c>: creates or updates the cluster's PostgreSQL schema.</summary>
internal static class DbCommand
{
    /// <summary>Builds the <c>db</c> command and its <c>init</c> subcommand.</summary>
    public static Command Create(TextWriter output)
    {
        var postgres = new Option<string?>("--postgres")
        {
            Description = "PostgreSQL connection string to an existing database (or Cluster:Postgres in " +
                "appsettings.json / BATTERYOS__CLUSTER__POSTGRES).",
        };
        var init = new Command("init",
            "Apply the Orleans query, storage, membership and reminder schema; safe to run again.") { postgres };
        init.SetAction((result, token) =>
            InitAsync(CliConfiguration.Postgres(result.GetValue(postgres), CliConfiguration.Load()), output, token));
        return new Command("db", "Manage the cluster's PostgreSQL database.") { init };
    }

    private static async Task<int> InitAsync(string connectionString, TextWriter output, CancellationToken token)
    {
        var endpoint = PostgresEndpoint.Parse(connectionString);
        IReadOnlyList<string> lines;
        try
        {
            lines = await PostgresSchema.ApplyAsync(connectionString, token);
        }
        catch (PostgresUnavailableException ex)
        {
            throw new StartupException(ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            throw new StartupException(ex.Message);
        }

        await output.WriteLineAsync($"Schema of {endpoint}:");
        foreach (var line in lines)
        {
            await output.WriteLineAsync($"  {line}");
        }

        return ExitCodes.Ok;
    }
}
