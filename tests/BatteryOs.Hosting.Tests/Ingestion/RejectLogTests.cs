using BatteryOs.Grains.Metrics;
using BatteryOs.Hosting.Ingestion;
using BatteryOs.Model.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BatteryOs.Hosting.Tests.Ingestion;

public sealed class RejectLogTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
    private readonly ListLogger _logger = new();

    private RejectLog Create(IngestionInstruments instruments) =>
        new(instruments, Options.Create(new IngestionOptions()), _time, _logger);

    [Fact]
    public void A_pack_is_logged_at_most_once_a_minute_and_every_rejection_is_counted()
    {
        using var meters = new TestMeterFactory();
        using var instruments = new IngestionInstruments(meters);
        var log = Create(instruments);
        var problem = new FrameProblem(RejectReason.OutOfRange, "temperatureC 400 is outside [-60, 150]");

        log.Reject("mqtt", 7, problem);
        log.Reject("mqtt", 7, problem);
        log.Reject("mqtt", 8, problem);
        _time.Advance(TimeSpan.FromSeconds(59));
        log.Reject("mqtt", 7, problem, frames: 3);
        _time.Advance(TimeSpan.FromSeconds(1));
        log.Reject("mqtt", 7, problem);

        Assert.Equal(7, instruments.Snapshot().RejectedFor(RejectReason.OutOfRange));
        Assert.Equal(3, _logger.Lines.Count);
        Assert.Contains("pack 7", _logger.Lines[0]);
        Assert.Contains("pack 8", _logger.Lines[1]);
        Assert.Contains("(4 more rejected for this pack since its last report)", _logger.Lines[2]);
        Assert.All(_logger.Lines, line => Assert.Contains("out_of_range", line));
    }

    private sealed class ListLogger : ILogger<RejectLog>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) => Lines.Add(formatter(state, exception));
    }

    private sealed class TestMeterFactory : System.Diagnostics.Metrics.IMeterFactory
    {
        private readonly List<System.Diagnostics.Metrics.Meter> _meters = [];

        public System.Diagnostics.Metrics.Meter Create(System.Diagnostics.Metrics.MeterOptions options)
        {
            var meter = new System.Diagnostics.Metrics.Meter(options);
            _meters.Add(meter);
            return meter;
        }

        public void Dispose() => _meters.ForEach(m => m.Dispose());
    }
}
