using System.Collections.Concurrent;
using BatteryOs.Grains;
using BatteryOs.Grains.Metrics;
using BatteryOs.Model.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BatteryOs.Hosting.Ingestion;

/// <summary>
/// Counts every rejection in <see cref="IngestionInstruments"/> and logs it at most once per pack per
/// interval (input for no known pack shares one entry), with the number not logged since.
/// </summary>
public sealed partial class RejectLog(
    IngestionInstruments instruments,
    IOptions<IngestionOptions> options,
    [FromKeyedServices(IngestionClock.ServiceKey)] TimeProvider time,
    ILogger<RejectLog> logger)
{
    /// <summary>The key of input whose pack is unknown (a bad topic or id, an unauthorised request).</summary>
    public const long NoPack = -1;

    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<long, Entry> _entries = new();
    private readonly long _intervalMs = (long)options.Value.RejectLogInterval.TotalMilliseconds;

    /// <summary>Counts and perhaps logs <paramref name="frames"/> rejected frames of one pack.</summary>
    public void Reject(string source, long packId, FrameProblem problem, long frames = 1)
    {
        instruments.Rejected(problem.Reason, frames);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var entry = _entries.GetOrAdd(packId, _ => new Entry());
        long suppressed;
        lock (entry)
        {
            if (entry.LoggedAtMs is { } last && now - last < _intervalMs)
            {
                entry.Suppressed += frames;
                return;
            }

            suppressed = entry.Suppressed;
            entry.Suppressed = 0;
            entry.LoggedAtMs = now;
        }

        LogRejected(packId >= 0 ? packId.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unknown",
            source, frames, problem.Reason.Label(), problem.Detail, suppressed);
        if (_entries.Count > MaxEntries)
        {
            Prune(now);
        }
    }

    private void Prune(long now)
    {
        foreach (var (id, entry) in _entries)
        {
            if (now - entry.LoggedAtMs >= _intervalMs)
            {
                _entries.TryRemove(id, out _);
            }
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning,
        Message = "Rejected {Frames} frame(s) for pack {PackId} from {Source}: {Reason}: {Detail} " +
            "({Suppressed} more rejected for this pack since its last report)")]
    private partial void LogRejected(string packId, string source, long frames, string reason, string detail,
        long suppressed);

    private sealed class Entry
    {
        public long? LoggedAtMs;
        public long Suppressed;
    }
}
