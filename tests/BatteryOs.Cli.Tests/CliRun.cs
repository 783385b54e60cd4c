namespace BatteryOs.Cli.Tests;

/// <summary>Runs the <c>batteryos</c> command line in this process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await BatteryOsCli.RunAsync(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
