namespace BatteryOs.Cli.Tests;

/// <summary>The load generator's bounds: refused before it connects to anything.</summary>
public sealed class LoadCommandBadInputTests
{
    [Theory]
    [InlineData("10.1.2.3:1883", "not a loopback address")]
    [InlineData("192.168.0.10:1883", "not a loopback address")]
    [InlineData("example.invalid:1883", "--mqtt")]
    public async Task Load_refuses_a_broker_that_is_not_on_this_machine(string mqtt, string message)
    {
        var run = await CliRun.Of("load", "--mqtt", mqtt, "--packs", "10", "--rate", "10", "--seconds", "1",
            "--postgres", "Host=127.0.0.1;Port=1;Username=x;Database=y");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Theory]
    [InlineData("--rate", "0", "--rate must be between 1 and 200000")]
    [InlineData("--rate", "500000", "--rate must be between 1 and 200000")]
    [InlineData("--packs", "2000000", "--packs must be between 1 and 1000000")]
    [InlineData("--seconds", "86400", "--seconds must be between 1 and 3600")]
    [InlineData("--seconds", "ten", "ten")]
    [InlineData("--bad-every", "1", "at least 2")]
    public async Task Load_options_are_bounded(string option, string value, string message)
    {
        var run = await CliRun.Of("load", "--mqtt", "127.0.0.1:1883", option, value,
            "--postgres", "Host=127.0.0.1;Port=1;Username=x;Database=y");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Fact]
    public async Task Silo_mqtt_must_be_host_and_port()
    {
        var run = await CliRun.Of("silo", "--mqtt", "localhost", "--postgres", "Host=127.0.0.1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--mqtt must be host:port", run.Error);
    }
}
