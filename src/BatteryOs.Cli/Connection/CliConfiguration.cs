using Microsoft.Extensions.Configuration;

namespace BatteryOs.Cli.Connection;

/// <summary>
/// Configuration as .NET users expect it: appsettings.json in the working directory, then environment
/// variables prefixed BATTERYOS__ (e.g. BATTERYOS__CLUSTER__POSTGRES); command-line options win over both.
/// </summary>
internal static class CliConfiguration
{
    /// <summary>The environment variable prefix.</summary>
    public const string EnvironmentPrefix = "BATTERYOS__";

    /// <summary>Key of the PostgreSQL connection string.</summary>
    public const string PostgresKey = "Cluster:Postgres";

    /// <summary>Loads the configuration.</summary>
    public static IConfiguration Load() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables(EnvironmentPrefix)
        .Build();

    /// <summary>The PostgreSQL connection string: the option's value, else configuration, else an error.</summary>
    public static string Postgres(string? option, IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : configuration[PostgresKey] is { Length: > 0 } configured ? configured
        : throw new UsageException(
            $"no PostgreSQL connection string: pass --postgres or set {PostgresKey} " +
            $"(environment {EnvironmentPrefix}CLUSTER__POSTGRES)");
}
