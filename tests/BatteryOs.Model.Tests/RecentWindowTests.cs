using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests;

public sealed class RecentWindowTests
{
    [Fact]
    public void Empty_window_smooths_to_the_fallback()
    {
        var window = new RecentWindow(4);

        Assert.Equal(4, window.Capacity);
        Assert.Equal(0, window.Count);
        Assert.Equal(97.48, window.SmoothedSohPct(97.48));
        Assert.Empty(window.Frames());
        Assert.Empty(window.SohValuesPct());
    }

    [Fact]
    public void Partly_filled_window_averages_what_it_holds()
    {
        var window = Filled(capacity: 4, pushes: 3);

        // SoH pushed: 10, 20, 30 -> (10 + 20 + 30) / 3 = 20.
        Assert.Equal(3, window.Count);
        Assert.Equal(20.0, window.SmoothedSohPct(99.0));
        Assert.Equal([1.0, 2.0, 3.0], window.Frames().Select(f => f.TemperatureC));
    }

    [Fact]
    public void Exactly_full_window_keeps_push_order()
    {
        var window = Filled(capacity: 3, pushes: 3);

        Assert.Equal(3, window.Count);
        Assert.Equal([1.0, 2.0, 3.0], window.Frames().Select(f => f.TemperatureC));
        Assert.Equal([10.0, 20.0, 30.0], window.SohValuesPct());
    }

    [Fact]
    public void Wrapped_window_keeps_the_latest_cycles_oldest_first()
    {
        var window = Filled(capacity: 3, pushes: 5);

        // Pushed 1..5; the last three, oldest first, are 3, 4, 5 with SoH 30, 40, 50 -> mean 40.
        Assert.Equal(3, window.Count);
        Assert.Equal([3.0, 4.0, 5.0], window.Frames().Select(f => f.TemperatureC));
        Assert.Equal([30.0, 40.0, 50.0], window.SohValuesPct());
        Assert.Equal(40.0, window.SmoothedSohPct(0.0));
        Assert.Equal(new TelemetryFrame(5.0, 50.0, 0.5), window.Frames()[^1]);
    }

    [Fact]
    public void Capacity_one_keeps_only_the_latest_cycle()
    {
        var window = Filled(capacity: 1, pushes: 4);

        Assert.Equal(1, window.Count);
        Assert.Equal([40.0], window.SohValuesPct());
        Assert.Equal(40.0, window.SmoothedSohPct(0.0));
    }

    [Fact]
    public void Restore_round_trips_a_wrapped_window()
    {
        var original = Filled(capacity: 4, pushes: 7);

        var restored = RecentWindow.Restore(4, original.Frames(), original.SohValuesPct());

        Assert.Equal(original.Count, restored.Count);
        Assert.Equal(original.Frames(), restored.Frames());
        Assert.Equal(original.SohValuesPct(), restored.SohValuesPct());
        Assert.Equal(55.0, restored.SmoothedSohPct(0.0));

        // Both keep wrapping alike after the round trip: 4, 5, 6, 7 becomes 6, 7, 8, 9 after two pushes.
        foreach (var window in new[] { original, restored })
        {
            window.Push(Frame(8), 80.0);
            window.Push(Frame(9), 90.0);
        }

        Assert.Equal([60.0, 70.0, 80.0, 90.0], restored.SohValuesPct());
        Assert.Equal(original.Frames(), restored.Frames());
        Assert.Equal(75.0, restored.SmoothedSohPct(0.0));
    }

    [Fact]
    public void Restore_into_a_smaller_window_keeps_the_newest()
    {
        var frames = Enumerable.Range(1, 5).Select(i => Frame(i)).ToArray();
        double[] soh = [10.0, 20.0, 30.0, 40.0, 50.0];

        var restored = RecentWindow.Restore(2, frames, soh);

        Assert.Equal(2, restored.Count);
        Assert.Equal([40.0, 50.0], restored.SohValuesPct());
        Assert.Equal([4.0, 5.0], restored.Frames().Select(f => f.TemperatureC));
    }

    [Fact]
    public void Restore_refuses_mismatched_lengths()
    {
        var error = Assert.Throws<ArgumentException>(
            () => RecentWindow.Restore(3, [Frame(1), Frame(2)], [10.0]));

        Assert.Equal("Stored window frames and SoH values differ in length.", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Capacity_below_one_throws(int capacity)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RecentWindow(capacity));

        Assert.Equal("capacity", error.ParamName);
    }

    private static TelemetryFrame Frame(int i) => new(i, i * 10.0, i / 10.0);

    private static RecentWindow Filled(int capacity, int pushes)
    {
        var window = new RecentWindow(capacity);
        for (var i = 1; i <= pushes; i++)
        {
            window.Push(Frame(i), i * 10.0);
        }

        return window;
    }
}
