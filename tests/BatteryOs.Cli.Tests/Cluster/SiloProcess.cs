using System.Diagnostics;

namespace BatteryOs.Cli.Tests.Cluster;

/// <summary>
/// A real <c>batteryos silo</c> process, as a user starts it, with fast failure detection so a killed
/// member is declared dead in seconds rather than the production default of about a minute.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly TaskCompletionSource _up = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _lines = [];
    private readonly List<(string Text, TaskCompletionSource Seen)> _awaited = [];

    private SiloProcess(Process process, int gatewayPort, int httpPort)
    {
        _process = process;
        GatewayPort = gatewayPort;
        HttpPort = httpPort;
    }

    /// <summary>True until the process exits.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>The gateway port clients use.</summary>
    public int GatewayPort { get; }

    /// <summary>The HTTP port serving /health.</summary>
    public int HttpPort { get; }

    /// <summary>Everything the process printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }
    }

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
        await silo._process.WaitForExitAsync().WaitAsync(StartTimeout);
        // The asynchronous readers finish with the streams; the parameterless wait drains them.
        silo._process.WaitForExit();
        return (silo._process.ExitCode, silo.Output);
    }

    private static SiloProcess Launch(string[] args, IReadOnlyDictionary<string, string> environment)
    {
        var ports = Hosting.FreePorts.Take(3);
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "batteryos.dll"), "silo",
                     "--silo-port", $"{ports[0]}", "--gateway-port", $"{ports[1]}",
                     "--http-port", $"{ports[2]}", .. args])
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["BATTERYOS__MEMBERSHIP__PROBETIMEOUT"] = "00:00:01";
        info.Environment["BATTERYOS__MEMBERSHIP__NUMMISSEDPROBESLIMIT"] = "2";
        info.Environment["BATTERYOS__MEMBERSHIP__TABLEREFRESHTIMEOUT"] = "00:00:02";
        info.Environment["BATTERYOS__MEMBERSHIP__IAMALIVETABLEPUBLISHTIMEOUT"] = "00:00:05";
        info.Environment["BATTERYOS__MEMBERSHIP__DEATHVOTEEXPIRATIONTIMEOUT"] = "00:00:10";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var silo = new SiloProcess(Process.Start(info)!, ports[1], ports[2]);
        silo._process.OutputDataReceived += (_, e) => silo.Record(e.Data);
        silo._process.ErrorDataReceived += (_, e) => silo.Record(e.Data);
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>Completes once the process has printed a line containing <paramref name="text"/>.</summary>
    public Task PrintedAsync(string text)
    {
        lock (_lines)
        {
            if (_lines.Any(line => line.Contains(text, StringComparison.Ordinal)))
            {
                return Task.CompletedTask;
            }

            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _awaited.Add((text, seen));
            return seen.Task;
        }
    }

    /// <summary>Kills the process outright (SIGKILL): no deactivation, no final checkpoint.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>Asks the process to stop (SIGTERM) and waits for it; returns its exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", $"{_process.Id}"]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return _process.ExitCode;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilUpAsync()
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_up.Task, exited).WaitAsync(StartTimeout);
        if (first == exited)
        {
            throw new InvalidOperationException($"silo exited with {_process.ExitCode}:\n{Output}");
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
            foreach (var (text, seen) in _awaited.Where(a => line.Contains(a.Text, StringComparison.Ordinal)))
            {
                seen.TrySetResult();
            }
        }

        if (line.Contains(" is up ", StringComparison.Ordinal))
        {
            _up.TrySetResult();
        }
    }
}
