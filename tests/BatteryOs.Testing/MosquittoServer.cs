using System.Diagnostics;
using System.Globalization;
using Xunit;

namespace BatteryOs.Testing;

/// <summary>
/// A throwaway Mosquitto MQTT broker for one test collection: its own generated configuration in a temporary
/// folder, listening on a free loopback port (never the system service's 1883), deleted afterwards. Anonymous
/// by default; <see cref="WithLogin"/> makes a broker that wants a user name and password.
/// </summary>
public sealed class MosquittoServer : IAsyncLifetime
{
    /// <summary>The address the broker listens on.</summary>
    public const string Host = "127.0.0.1";

    private const int StartAttempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly (string User, string Password)? _login;
    private Process? _process;
    private string? _root;

    /// <summary>An anonymous broker; it starts in <see cref="InitializeAsync"/>.</summary>
    public MosquittoServer()
        : this(null)
    {
    }

    private MosquittoServer((string User, string Password)? login)
    {
        Program = MosquittoPrograms.Find("mosquitto");
        _login = login;
    }

    /// <summary>The broker program.</summary>
    public string Program { get; }

    /// <summary>The broker's TCP port on <see cref="Host"/>.</summary>
    public int Port { get; private set; }

    /// <summary>The broker's log so far, for diagnosing a failed test.</summary>
    public string Log => _root is null ? "" : File.ReadAllText(LogPath);

    private string LogPath => Path.Combine(_root!, "mosquitto.log");

    /// <summary>A broker that accepts only <paramref name="user"/> with <paramref name="password"/>.</summary>
    public static async Task<MosquittoServer> WithLogin(string user, string password)
    {
        var server = new MosquittoServer((user, password));
        await server.InitializeAsync();
        return server;
    }

    /// <summary>Writes the configuration and starts the broker on a free port.</summary>
    public async Task InitializeAsync()
    {
        _root = Directory.CreateTempSubdirectory("batteryos-mqtt-").FullName;
        if (_login is { } login)
        {
            await RunAsync(MosquittoPrograms.Find("mosquitto_passwd"),
                ["-b", "-c", Path.Combine(_root, "passwords"), login.User, login.Password]);
        }

        // The port was free a moment ago; if another process took it since, the broker exits and we pick again.
        for (var attempt = 1; ; attempt++)
        {
            Port = LoopbackPorts.Free();
            await File.WriteAllTextAsync(Path.Combine(_root, "mosquitto.conf"), Configuration());
            if (await TryStartAsync())
            {
                return;
            }

            if (attempt == StartAttempts)
            {
                throw new InvalidOperationException($"mosquitto did not start on {Host}:{Port}:\n{Log}");
            }
        }
    }

    /// <summary>Stops the broker and deletes its folder.</summary>
    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (_root is not null)
        {
            Directory.Delete(_root, recursive: true);
            _root = null;
        }
    }

    private string Configuration()
    {
        var lines = new List<string>
        {
            "# Written by BatteryOs.Testing.MosquittoServer for one test run.",
            $"listener {Port.ToString(CultureInfo.InvariantCulture)} {Host}",
            _login is null ? "allow_anonymous true" : "allow_anonymous false",
            "persistence false",
            // A silo acknowledges a message once its pack took it: let many be in flight, queue the rest.
            "max_inflight_messages 0",
            "max_queued_messages 1000000",
            $"log_dest file {LogPath}",
            "log_dest stderr",
            "log_type error",
            "log_type warning",
            "log_type notice",
            "log_type information",
        };
        if (_login is not null)
        {
            lines.Add($"password_file {Path.Combine(_root!, "passwords")}");
        }

        if (Environment.UserName == "root")
        {
            // Run as root, Mosquitto would switch to its own user, which cannot read this folder.
            lines.Add("user root");
        }

        return string.Join('\n', lines) + "\n";
    }

    private async Task<bool> TryStartAsync()
    {
        var start = new ProcessStartInfo(Program) { UseShellExecute = false, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Path.Combine(_root!, "mosquitto.conf"));
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Program}.");
        _process.ErrorDataReceived += (_, e) =>
        {
            // Mosquitto says "mosquitto version X running" once its listeners are open.
            if (e.Data?.Contains(" running", StringComparison.Ordinal) == true)
            {
                running.TrySetResult();
            }
        };
        _process.BeginErrorReadLine();

        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(running.Task, exited).WaitAsync(StartTimeout);
        return first == running.Task;
    }

    private static async Task RunAsync(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed with exit code {process.ExitCode}: {error}");
        }
    }
}
