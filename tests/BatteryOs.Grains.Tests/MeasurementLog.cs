using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using BatteryOs.Grains.Metrics;

namespace BatteryOs.Grains.Tests;

/// <summary>Every measurement of the BatteryOs meter while it is alive, as an exporter's listener sees them.</summary>
internal sealed class MeasurementLog : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    public MeasurementLog()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BatteryOsMeter.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Add(i, value, tags));
        _listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Add(i, value, tags));
        _listener.Start();
    }

    /// <summary>The measurements of one instrument, in order.</summary>
    public IReadOnlyList<Measurement> Of(string instrument) =>
        [.. _measurements.Where(m => m.Instrument == instrument)];

    /// <summary>Reads the observable gauges now; returns each one's latest value.</summary>
    public double Observe(string gauge)
    {
        _listener.RecordObservableInstruments();
        return Of(gauge)[^1].Value;
    }

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measurements.Enqueue(new Measurement(instrument.Name, value,
            tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString() ?? "")));

    /// <summary>One measurement: the instrument, the value and its tags.</summary>
    public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, string> Tags);
}
