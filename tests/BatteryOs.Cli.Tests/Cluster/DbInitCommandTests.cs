using BatteryOs.Testing;

namespace BatteryOs.Cli.Tests.Cluster;

/// <summary><c>batteryos db init</c> against a real PostgreSQL server, as a user runs it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DbInitCommandTests(PostgresServer postgres)
{
    [Fact]
    public async Task Init_creates_the_schema_once_and_a_second_run_changes_nothing()
    {
        var database = await postgres.CreateDatabaseAsync("dbinit_twice");

        var first = await CliRun.Of("db", "init", "--postgres", database);
        var second = await CliRun.Of("db", "init", "--postgres", database);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("created table orleansstorage", first.Output);
        Assert.Contains("created table orleansmembershiptable", first.Output);
        Assert.Contains("created table orleansreminderstable", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("created", second.Output);
        Assert.Contains("table orleansstorage already present", second.Output);
        Assert.Contains("(5 unchanged)", second.Output);
    }

    [Fact]
    public async Task A_silo_on_a_database_made_by_init_reports_itself_healthy()
    {
        var database = await postgres.CreateDatabaseAsync("dbinit_silo");
        Assert.Equal(0, (await CliRun.Of("db", "init", "--postgres", database)).ExitCode);

        await using var silo = await SiloProcess.StartAsync(database);

        using var http = new HttpClient();
        var health = await http.GetAsync(new Uri($"http://127.0.0.1:{silo.HttpPort}/health"));
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"status\":\"Active\"", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_silo_takes_its_connection_string_from_the_environment()
    {
        var database = await postgres.CreateDatabaseAsync("dbinit_environment");
        Assert.Equal(0, (await CliRun.Of("db", "init", "--postgres", database)).ExitCode);

        await using var silo = await SiloProcess.StartConfiguredAsync(
            new Dictionary<string, string> { ["BATTERYOS__CLUSTER__POSTGRES"] = database });

        Assert.Contains("dbinit_environment", silo.Output);
    }

    [Fact]
    public async Task Init_against_a_missing_database_names_it_in_one_line_without_the_password()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(postgres.ConnectionString("no_such_db"))
        {
            Password = "hidden-pw-7",
        };

        var run = await CliRun.Of("db", "init", "--postgres", builder.ConnectionString);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no_such_db", line);
        Assert.Contains("does not exist", line);
        Assert.DoesNotContain("hidden-pw-7", run.Error + run.Output);
    }

    [Fact]
    public async Task Init_with_a_malformed_connection_string_is_rejected_as_bad_input()
    {
        var run = await CliRun.Of("db", "init", "--postgres", "Host=127.0.0.1;Port=not-a-port;Password=pw-x1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("malformed", run.Error);
        Assert.DoesNotContain("pw-x1", run.Error);
    }

    [Fact]
    public async Task Init_without_any_connection_string_says_where_to_give_one()
    {
        var run = await CliRun.Of("db", "init");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--postgres", run.Error);
        Assert.Contains("BATTERYOS__CLUSTER__POSTGRES", run.Error);
    }
}
