namespace BatteryOs.Cli.Tests;

/// <summary>
/// A report or trace path that cannot be written is refused before any work, with exit code 2, and nothing is
/// written to the store: a long run must not end by losing its report.
/// </summary>
public sealed class OutputPathTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> Commands => ["simulate", "bench", "replay", "load"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task An_output_file_in_a_missing_directory_is_refused_before_any_work(string command)
    {
        var missing = Path.Combine(_dir.Path, "no-such-folder", "out.json");

        var run = await Run(command, missing);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"'{missing}': directory '{Path.GetDirectoryName(missing)}' does not exist", line);
        Assert.False(File.Exists(_dir.File("untouched.db")));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task An_output_path_that_is_a_directory_is_refused(string command)
    {
        var run = await Run(command, _dir.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a directory, not a file", run.Error);
        Assert.False(File.Exists(_dir.File("untouched.db")));
    }

    private async Task<CliRun> Run(string command, string output)
    {
        var store = _dir.File("untouched.db");
        switch (command)
        {
            case "replay":
                var input = _dir.File("in.csv");
                await File.WriteAllTextAsync(input, "temperature_c,current_a,voltage_sag_v\n25,10,0.2\n");
                return await CliRun.Of("replay", "--model", "seed", "--telemetry", input, "--trace", output,
                    "--store", store);
            case "load":
                // Nothing listens on port 1: the check must come before any connection.
                return await CliRun.Of("load", "--mqtt", "127.0.0.1:1", "--packs", "10", "--rate", "10",
                    "--seconds", "1", "--postgres", "Host=127.0.0.1;Port=1;Username=x;Database=y", "--report",
                    output);
            case "bench":
                return await CliRun.Of("bench", "--packs", "3", "--cycles", "3", "--report", output);
            default:
                return await CliRun.Of(command, "--packs", "3", "--cycles", "3", "--store", store, "--report", output);
        }
    }
}
