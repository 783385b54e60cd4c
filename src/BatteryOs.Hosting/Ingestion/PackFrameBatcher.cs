using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Grains.Packs;
using BatteryOs.Model.Ingestion;
using BatteryOs.Model.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BatteryOs.Hosting.Ingestion;

/// <summary>
/// Gathers valid frames per pack for a short window and gives each pack its frames in one grain call, at
/// most one call per pack at a time; the packs' router and expert calls are shared across packs below them
/// (see the pack grains' mixture coalescer). Each frame's delivery (an MQTT
/// acknowledgement) is confirmed once its pack has taken it; a pack that stays unreachable after every
/// retry has its frames counted as rejected (reason <c>unavailable</c>) and confirmed, so the broker does
/// not hold them forever.
/// </summary>
public sealed partial class PackFrameBatcher : IAsyncDisposable
{
    private const int Attempts = 6;
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(100);

    private readonly PackGrains _packs;
    private readonly IngestionOptions _options;
    private readonly RejectLog _rejects;
    private readonly ILogger<PackFrameBatcher> _logger;
    private readonly object _gate = new();
    private readonly HashSet<long> _inFlight = [];
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<long, PendingFrames> _pending = [];
    private TaskCompletionSource _callEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;
    private Task? _loop;

    /// <summary>Creates the batcher; <see cref="Start"/> begins its window.</summary>
    public PackFrameBatcher(IGrainFactory grains, IOptions<IngestionOptions> options, RejectLog rejects,
        ILogger<PackFrameBatcher> logger)
    {
        _packs = new PackGrains(grains);
        _options = options.Value;
        _rejects = rejects;
        _logger = logger;
        _slots = new SemaphoreSlim(_options.MaxCallsInFlight);
    }

    /// <summary>Starts sending gathered frames every batch window.</summary>
    public void Start() => _loop ??= RunAsync(_stop.Token);

    /// <summary>Adds a valid frame; <paramref name="delivered"/> runs once its pack has taken it.</summary>
    public void Add(long packId, in SequencedFrame frame, Func<CancellationToken, Task>? delivered)
    {
        lock (_gate)
        {
            if (!_pending.TryGetValue(packId, out var pending))
            {
                _pending[packId] = pending = new PendingFrames();
            }

            pending.Add(frame, delivered);
        }
    }

    /// <summary>Sends everything gathered and waits until every pack call has finished.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await FlushAsync(cancellationToken);
            Task callEnded;
            lock (_gate)
            {
                if (_pending.Count == 0 && _calls == 0)
                {
                    return;
                }

                callEnded = _callEnded.Task;
            }

            // What is left belongs to packs whose call is in flight: it goes out once one returns.
            await callEnded.WaitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        }

    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        using var window = new PeriodicTimer(_options.BatchWindow);
        while (await window.WaitForNextTickAsync(cancellationToken))
        {
            await FlushAsync(cancellationToken);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        List<(long PackId, PendingFrames Frames)> due = [];
        lock (_gate)
        {
            foreach (var (packId, frames) in _pending)
            {
                if (_inFlight.Add(packId))
                {
                    due.Add((packId, frames));
                }
            }

            foreach (var (packId, _) in due)
            {
                _pending.Remove(packId);
            }

            _calls += due.Count;
        }

        foreach (var (packId, frames) in due)
        {
            await _slots.WaitAsync(cancellationToken);
            _ = SendAsync(packId, frames);
        }
    }

    private async Task SendAsync(long packId, PendingFrames pending)
    {
        try
        {
            var pack = _packs.Get(packId);
            for (var offset = 0; offset < pending.Frames.Count; offset += _options.MaxBatchFrames)
            {
                var count = Math.Min(_options.MaxBatchFrames, pending.Frames.Count - offset);
                var batch = new IngestBatch([.. pending.Frames.GetRange(offset, count)], count);
                await CallWithRetries(pack, packId, batch);
            }

            await pending.ConfirmAsync();
        }
        catch (Exception ex)
        {
            LogSendFailed(ex, packId);
        }
        finally
        {
            TaskCompletionSource ended;
            lock (_gate)
            {
                _inFlight.Remove(packId);
                _calls--;
                ended = _callEnded;
                _callEnded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            _slots.Release();
            ended.TrySetResult();
        }
    }

    private async Task CallWithRetries(IPackGrain pack, long packId, IngestBatch batch)
    {
        var delay = FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await pack.Ingest(batch);
                return;
            }
            catch (Exception ex) when (attempt < Attempts && ex is not ArgumentException)
            {
                LogRetry(packId, attempt, ex.GetType().Name);
                await Task.Delay(delay);
                delay *= 2;
            }
            catch (Exception ex)
            {
                var problem = new FrameProblem(RejectReason.Unavailable,
                    $"pack {packId} did not take the frames: {ex.GetType().Name}: {ex.Message}");
                _rejects.Reject("mqtt", packId, problem, batch.Count);
                return;
            }
        }
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug,
        Message = "Pack {PackId} call failed ({Error}); retry {Attempt}")]
    private partial void LogRetry(long packId, int attempt, string error);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Error, Message = "Sending frames to pack {PackId} failed")]
    private partial void LogSendFailed(Exception error, long packId);
}
