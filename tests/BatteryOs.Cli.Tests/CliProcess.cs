using System.Diagnostics;

namespace BatteryOs.Cli.Tests;

/// <summary>
/// A real <c>batteryos</c> process, started as a user starts it, whose printed lines can be awaited and which
/// can be sent signals.
/// </summary>
internal sealed class CliProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly List<(string Text, TaskCompletionSource Seen)> _awaited = [];

    private CliProcess(Process process) => _process = process;

    /// <summary>True until the process exits.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>Everything the process printed so far, standard output and standard error in arrival order.</summary>
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

    /// <summary>Starts <c>batteryos</c> with <paramref name="args"/> and any extra environment variables.</summary>
    public static CliProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "batteryos.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var cli = new CliProcess(Process.Start(info)!);
        cli._process.OutputDataReceived += (_, e) => cli.Record(e.Data);
        cli._process.ErrorDataReceived += (_, e) => cli.Record(e.Data);
        cli._process.BeginOutputReadLine();
        cli._process.BeginErrorReadLine();
        return cli;
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

    /// <summary>Sends a signal by name (<c>TERM</c>, <c>INT</c>), as <c>kill -TERM</c> or Ctrl+C would.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", $"{_process.Id}"]);
        await kill.WaitForExitAsync();
    }

    /// <summary>Waits for the process to exit; returns its exit code once everything it printed is read.</summary>
    public async Task<int> ExitAsync(TimeSpan timeout)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout);
        // The asynchronous readers finish with the streams; the parameterless wait drains them.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Kills the process outright (SIGKILL).</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
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
    }
}
