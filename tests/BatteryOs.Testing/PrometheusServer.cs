using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Xunit;

namespace BatteryOs.Testing;

/// <summary>
/// A throwaway Prometheus server for one test collection: its own configuration and storage in a temporary
/// folder, listening on a free loopback port, scraping every second the targets a test gives it
/// (<see cref="ScrapeAsync"/>), deleted afterwards. Queries go through its HTTP API.
/// </summary>
public sealed class PrometheusServer : IAsyncLifetime
{
    /// <summary>The address the server listens on.</summary>
    public const string Host = "127.0.0.1";

    /// <summary>The scrape job every target belongs to.</summary>
    public const string Job = "test";

    /// <summary>How often the server scrapes its targets.</summary>
    public static readonly TimeSpan ScrapeInterval = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private readonly string _program = PrometheusBinary.Find();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private string? _root;
    private Process? _process;
    private StreamWriter? _log;

    /// <summary>The server's HTTP port on <see cref="Host"/>.</summary>
    public int Port { get; private set; }

    private string Root => _root ?? throw new InvalidOperationException("The server has not been started yet.");

    private string TargetsPath => Path.Combine(Root, "targets.json");

    /// <summary>The server's log, for diagnosing a failed test.</summary>
    public string LogPath => Path.Combine(Root, "prometheus.log");

    /// <summary>Writes the configuration and starts the server on a free port; returns once it is ready.</summary>
    public async Task InitializeAsync()
    {
        _root = Directory.CreateTempSubdirectory("batteryos-prometheus-").FullName;
        await File.WriteAllTextAsync(TargetsPath, "[]");
        await File.WriteAllTextAsync(Path.Combine(Root, "prometheus.yml"), Configuration());

        await LoopbackPorts.StartOnFreePortAsync(port =>
        {
            Port = port;
            return StartAsync();
        }, PortWasTaken);
    }

    /// <summary>
    /// Scrapes <paramref name="targets"/> (host:port, path /metrics) from now on, each series carrying
    /// <paramref name="labels"/>; returns once every target has been scraped successfully.
    /// </summary>
    public async Task ScrapeAsync(IReadOnlyList<string> targets, IReadOnlyDictionary<string, string> labels,
        TimeSpan timeout)
    {
        // Written aside and renamed, so the server's file watcher never reads half a file.
        var group = new[] { new { targets, labels } };
        var pending = TargetsPath + ".new";
        await File.WriteAllTextAsync(pending, JsonSerializer.Serialize(group));
        File.Move(pending, TargetsPath, overwrite: true);

        await PollAsync($"targets {string.Join(", ", targets)} up", timeout, async () =>
        {
            using var json = await GetAsync("/api/v1/targets?state=active");
            var up = json.RootElement.GetProperty("data").GetProperty("activeTargets").EnumerateArray()
                .Where(t => t.GetProperty("health").GetString() == "up")
                .Select(t => t.GetProperty("labels").GetProperty("instance").GetString())
                .ToHashSet();
            return targets.All(up.Contains);
        });
    }

    /// <summary>Evaluates an instant query at <paramref name="time"/> (now when null); throws if it fails.</summary>
    /// <exception cref="PrometheusQueryException">The server rejected the query (a parse error, say).</exception>
    public async Task<IReadOnlyList<PrometheusSample>> QueryAsync(string promql, DateTimeOffset? time = null)
    {
        var form = new Dictionary<string, string> { ["query"] = promql };
        if (time is { } at)
        {
            form["time"] = (at.ToUnixTimeMilliseconds() / 1000.0).ToString("F3", CultureInfo.InvariantCulture);
        }

        using var response = await _http.PostAsync(Url("/api/v1/query"), new FormUrlEncodedContent(form));
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
        var root = json.RootElement;
        if (root.GetProperty("status").GetString() != "success")
        {
            throw new PrometheusQueryException(promql, root.GetProperty("error").GetString() ?? "unknown error");
        }

        return PrometheusResult.Samples(root.GetProperty("data"));
    }

    /// <summary>The values of <paramref name="label"/> over the series matching <paramref name="selector"/>.</summary>
    public async Task<IReadOnlyList<string>> LabelValuesAsync(string label, string selector)
    {
        using var json = await GetAsync(
            $"/api/v1/label/{Uri.EscapeDataString(label)}/values?match[]={Uri.EscapeDataString(selector)}");
        return [.. json.RootElement.GetProperty("data").EnumerateArray().Select(v => v.GetString()!)];
    }

    /// <summary>Polls <paramref name="promql"/> until its samples satisfy <paramref name="condition"/>.</summary>
    /// <exception cref="TimeoutException">They did not within <paramref name="timeout"/>.</exception>
    public async Task<IReadOnlyList<PrometheusSample>> WaitForAsync(string promql,
        Func<IReadOnlyList<PrometheusSample>, bool> condition, TimeSpan timeout)
    {
        IReadOnlyList<PrometheusSample> samples = [];
        await PollAsync($"'{promql}' to hold", timeout, async () =>
        {
            samples = await QueryAsync(promql);
            return condition(samples);
        }, () => $"last result: [{string.Join("; ", samples)}]");
        return samples;
    }

    /// <summary>Stops the server and deletes its folder.</summary>
    public async Task DisposeAsync()
    {
        await StopAsync();
        _http.Dispose();
        if (_root is not null)
        {
            Directory.Delete(_root, recursive: true);
            _root = null;
        }
    }

    private async Task StartAsync()
    {
        var info = new ProcessStartInfo(_program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Root,
        };
        foreach (var argument in (string[])[
                     $"--config.file={Path.Combine(Root, "prometheus.yml")}",
                     $"--web.listen-address={Host}:{Port}",
                     $"--storage.tsdb.path={Path.Combine(Root, "data")}",
                     "--log.level=warn"])
        {
            info.ArgumentList.Add(argument);
        }

        var log = _log = new StreamWriter(LogPath, append: true) { AutoFlush = true };
        _process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {_program}.");
        _process.OutputDataReceived += (_, e) => Write(log, e.Data);
        _process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        try
        {
            await PollAsync("the server to be ready", StartTimeout, async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException(
                        $"prometheus exited with code {_process.ExitCode}; see {LogPath}");
                }

                return await IsReadyAsync();
            });
        }
        catch (InvalidOperationException)
        {
            await StopAsync();
            throw;
        }
    }

    private async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _process = null;
        lock (_log!)
        {
            _log.Dispose();
        }
    }

    private async Task<bool> IsReadyAsync()
    {
        try
        {
            using var response = await _http.GetAsync(Url("/-/ready"));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private async Task<JsonDocument> GetAsync(string pathAndQuery)
    {
        using var response = await _http.GetAsync(Url(pathAndQuery));
        response.EnsureSuccessStatusCode();
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
    }

    // A bounded poll on a real condition: the server scrapes on its own clock, so there is nothing to await.
    private static async Task PollAsync(string what, TimeSpan timeout, Func<Task<bool>> condition,
        Func<string>? detail = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException(
                    $"Prometheus: waited {timeout.TotalSeconds:F0} s for {what}. {detail?.Invoke()}".TrimEnd());
            }

            await Task.Delay(PollInterval);
        }
    }

    private Uri Url(string pathAndQuery) => new($"http://{Host}:{Port}{pathAndQuery}");

    private string Configuration() => $"""
        # Written by BatteryOs.Testing.PrometheusServer: one job, its targets in targets.json.
        global:
          scrape_interval: {ScrapeInterval.TotalSeconds:F0}s
          scrape_timeout: {ScrapeInterval.TotalSeconds:F0}s
          evaluation_interval: {ScrapeInterval.TotalSeconds:F0}s
        scrape_configs:
          - job_name: {Job}
            metrics_path: /metrics
            file_sd_configs:
              - files: ["{TargetsPath}"]
                refresh_interval: {ScrapeInterval.TotalSeconds:F0}s
        """;

    private bool PortWasTaken() =>
        File.Exists(LogPath) && File.ReadAllText(LogPath).Contains("address already in use", StringComparison.Ordinal);

    private static void Write(StreamWriter log, string? line)
    {
        lock (log)
        {
            // Lines the process prints while it is being stopped arrive after the log is closed.
            if (line is not null && log.BaseStream is not null)
            {
                log.WriteLine(line);
            }
        }
    }
}
