namespace BatteryOs.Cli.Tests.Cluster;

/// <summary>
/// A real <c>batteryos silo</c> process, as a user starts it, with fast failure detection so a killed
/// member is declared dead in seconds rather than the production default of about a minute.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly CliProcess _process;

    private SiloProcess(CliProcess process, int gatewayPort, int httpPort)
    {
        _process = process;
        GatewayPort = gatewayPort;
        HttpPort = httpPort;
    }

    /// <summary>True until the process exits.</summary>
    public bool IsRunning => _process.IsRunning;

    /// <summary>The gateway port clients use.</summary>
    public int GatewayPort { get; }

    /// <summary>The HTTP port serving /health.</summary>
    public int HttpPort { get; }

    /// <summary>Everything the process printed so far.</summary>
    public string Output => _process.Output;

    /// <summary>Starts a silo on free ports and waits until it says it is up.</summary>
    public static Task<SiloProcess> StartAsync(string postgres, params string[] extraArgs) =>
        StartAsync(postgres, new Dictionary<string, string>(), extraArgs);

    /// <summary>Starts a silo with extra environment variables and waits until it says it is up.</summary>
    public static async Task<SiloProcess> StartAsync(string postgres, IReadOnlyDictionary<string, string> environment,
        params string[] extraArgs)
    {
        var silo = Launch(["--postgres", postgres, .. extraArgs], environment);
        await silo.WaitUntilUpAsync();
        return silo;
    }

    /// <summary>
    /// Starts a silo configured by environment variables alone (no --postgres option), as a container is,
    /// and waits until it says it is up.
    /// </summary>
    public static async Task<SiloProcess> StartConfiguredAsync(IReadOnlyDictionary<string, string> environment)
    {
        var silo = Launch([], environment);
        await silo.WaitUntilUpAsync();
        return silo;
    }

    /// <summary>
    /// Starts a silo that is expected to fail and waits for it to exit; returns its exit code and
    /// everything it printed on standard output and standard error.
    /// </summary>
    public static Task<(int ExitCode, string Output)> RunUntilExitAsync(string postgres) =>
        RunUntilExitAsync(postgres, new Dictionary<string, string>());

    /// <summary>As <see cref="RunUntilExitAsync(string)"/>, with extra environment variables and arguments.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(string postgres,
        IReadOnlyDictionary<string, string> environment, params string[] extraArgs)
    {
        await using var silo = Launch(["--postgres", postgres, .. extraArgs], environment);
        var code = await silo._process.ExitAsync(StartTimeout);
        return (code, silo.Output);
    }

    private static SiloProcess Launch(string[] args, IReadOnlyDictionary<string, string> environment)
    {
        var ports = Hosting.FreePorts.Take(3);
        var settings = new Dictionary<string, string>
        {
            ["BATTERYOS__MEMBERSHIP__PROBETIMEOUT"] = "00:00:01",
            ["BATTERYOS__MEMBERSHIP__NUMMISSEDPROBESLIMIT"] = "2",
            ["BATTERYOS__MEMBERSHIP__TABLEREFRESHTIMEOUT"] = "00:00:02",
            ["BATTERYOS__MEMBERSHIP__IAMALIVETABLEPUBLISHTIMEOUT"] = "00:00:05",
            ["BATTERYOS__MEMBERSHIP__DEATHVOTEEXPIRATIONTIMEOUT"] = "00:00:10",
        };
        foreach (var (name, value) in environment)
        {
            settings[name] = value;
        }

        var process = CliProcess.Start(["silo", "--silo-port", $"{ports[0]}", "--gateway-port", $"{ports[1]}",
            "--http-port", $"{ports[2]}", .. args], settings);
        return new SiloProcess(process, ports[1], ports[2]);
    }

    /// <summary>Completes once the process has printed a line containing <paramref name="text"/>.</summary>
    public Task PrintedAsync(string text) => _process.PrintedAsync(text);

    /// <summary>Kills the process outright (SIGKILL): no deactivation, no final checkpoint.</summary>
    public Task KillAsync() => _process.KillAsync();

    /// <summary>Asks the process to stop (SIGTERM) and waits for it; returns its exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        await _process.SignalAsync("TERM");
        return await _process.ExitAsync(TimeSpan.FromMinutes(2));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private async Task WaitUntilUpAsync()
    {
        var exited = _process.ExitAsync(Timeout.InfiniteTimeSpan);
        var first = await Task.WhenAny(_process.PrintedAsync(" is up "), exited).WaitAsync(StartTimeout);
        if (first == exited)
        {
            throw new InvalidOperationException($"silo exited with {await exited}:\n{Output}");
        }
    }
}
