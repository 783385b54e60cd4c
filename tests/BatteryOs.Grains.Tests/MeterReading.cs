using System.Diagnostics.Metrics;
using BatteryOs.Grains.Metrics;

namespace BatteryOs.Grains.Tests;

/// <summary>One reading of every observable BatteryOs counter, through a <see cref="MeterListener"/>.</summary>
internal sealed class MeterReading
{
    private readonly Dictionary<string, long> _values = [];

    /// <summary>Units by instrument name.</summary>
    public Dictionary<string, string?> Units { get; } = [];

    public long this[string instrument, string? reason = null] =>
        _values.GetValueOrDefault(reason is null ? instrument : $"{instrument}|{reason}");

    public static MeterReading Take()
    {
        var reading = new MeterReading();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == BatteryOsMeter.Name)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var key = instrument.Name;
            foreach (var tag in tags)
            {
                key += $"|{tag.Value}";
            }

            // Several silos' meters would add up; a test cluster has one.
            reading._values[key] = reading._values.GetValueOrDefault(key) + value;
            reading.Units[instrument.Name] = instrument.Unit;
        });
        listener.Start();
        listener.RecordObservableInstruments();
        return reading;
    }
}
