using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests;

public sealed class TelemetryLimitsTests
{
    public static TheoryData<TelemetryFrame, string> BadFrames => new()
    {
        { new TelemetryFrame(double.NaN, 10.0, 0.1), "temperature_c is NaN, not a finite number" },
        { new TelemetryFrame(double.PositiveInfinity, 10.0, 0.1), "temperature_c is Infinity, not a finite number" },
        { new TelemetryFrame(30.0, double.NegativeInfinity, 0.1), "current_a is -Infinity, not a finite number" },
        { new TelemetryFrame(30.0, double.NaN, 0.1), "current_a is NaN, not a finite number" },
        { new TelemetryFrame(30.0, 10.0, double.PositiveInfinity), "voltage_sag_v is Infinity, not a finite number" },
        { new TelemetryFrame(150.5, 10.0, 0.1), "temperature_c 150.5 is outside [-60, 150]" },
        { new TelemetryFrame(-60.5, 10.0, 0.1), "temperature_c -60.5 is outside [-60, 150]" },
        { new TelemetryFrame(30.0, 2000.5, 0.1), "current_a 2000.5 is outside [-2000, 2000]" },
        { new TelemetryFrame(30.0, -2001.0, 0.1), "current_a -2001 is outside [-2000, 2000]" },
        { new TelemetryFrame(30.0, 10.0, -0.01), "voltage_sag_v -0.01 is outside [0, 10]" },
        { new TelemetryFrame(30.0, 10.0, 10.25), "voltage_sag_v 10.25 is outside [0, 10]" },
    };

    [Theory]
    [MemberData(nameof(BadFrames))]
    public void Bad_values_are_described_naming_the_field(TelemetryFrame frame, string expected)
    {
        Assert.Equal(expected, TelemetryLimits.Problem(frame));
    }

    [Theory]
    [InlineData(30.0, 10.0, 0.1)]
    [InlineData(-60.0, -2000.0, 0.0)]
    [InlineData(150.0, 2000.0, 10.0)]
    [InlineData(0.0, 0.0, 0.0)]
    public void Valid_frames_including_the_range_edges_pass(double temperatureC, double currentA, double sagV)
    {
        Assert.Null(TelemetryLimits.Problem(new TelemetryFrame(temperatureC, currentA, sagV)));
    }

    [Fact]
    public void The_first_bad_field_is_reported()
    {
        var problem = TelemetryLimits.Problem(new TelemetryFrame(double.NaN, 5000.0, -1.0));

        Assert.Equal("temperature_c is NaN, not a finite number", problem);
    }

    [Fact]
    public void Throw_if_invalid_names_the_first_bad_frame()
    {
        TelemetryFrame[] frames =
            [new(30.0, 10.0, 0.1), new(40.0, 20.0, 0.2), new(30.0, 2500.0, 0.1), new(double.NaN, 0.0, 0.0)];

        var error = Assert.Throws<ArgumentException>(() => TelemetryLimits.ThrowIfInvalid(frames));

        Assert.Equal("Frame 2: current_a 2500 is outside [-2000, 2000].", error.Message);
    }

    [Fact]
    public void Throw_if_invalid_accepts_valid_and_empty_batches()
    {
        TelemetryFrame[] frames = [new(30.0, 10.0, 0.1), new(150.0, -2000.0, 10.0)];

        Assert.Null(Record.Exception(() => TelemetryLimits.ThrowIfInvalid(frames)));
        Assert.Null(Record.Exception(() => TelemetryLimits.ThrowIfInvalid([])));
    }

    [Fact]
    public void Ranges_are_the_documented_physical_limits()
    {
        Assert.Equal((-60.0, 150.0), TelemetryLimits.TemperatureC);
        Assert.Equal((-2000.0, 2000.0), TelemetryLimits.CurrentA);
        Assert.Equal((0.0, 10.0), TelemetryLimits.VoltageSagV);
    }
}
