using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests;

/// <summary>Grouping frame-major selections by expert and scattering the answers back.</summary>
public sealed class ExpertSelectionsTests
{
    private const byte Dropped = CapacityLimiter.Dropped;

    [Fact]
    public void EachExpertGetsItsFramesInOrderAndAnswersReturnToTheirSelections()
    {
        TelemetryFrame[] frames = [new(10, 1, 0.1), new(20, 2, 0.2), new(30, 3, 0.3), new(40, 4, 0.4)];
        PackCondition[] before = [new(1, 5, 99), new(2, 6, 98), new(3, 7, 97), new(4, 8, 96)];
        byte[] experts = [0, 2, 4, 2, Dropped, 0, 1, 2, 3, 4, 3, 0];
        var selections = new ExpertSelections(5);

        selections.Group(experts, 3, frames, before);

        Assert.Equal([3, 1, 3, 2, 2], selections.Counts);
        Assert.Equal([10.0, 20.0, 40.0], Frames(selections, 0).Select(f => f.TemperatureC));
        Assert.Equal([10.0, 20.0, 30.0], Frames(selections, 2).Select(f => f.TemperatureC));
        Assert.Equal([30.0, 40.0], Frames(selections, 3).Select(f => f.TemperatureC));
        Assert.Equal([3L, 4L], Before(selections, 3).Select(b => b.Cycle));
        for (var e = 0; e < 5; e++)
        {
            var count = selections.Counts[e];
            var answers = Enumerable.Range(0, count).Select(n => 10.0 * e + n).ToArray();
            selections.Answer(e, answers, [.. answers.Select(a => -a)]);
        }

        var risks = Enumerable.Repeat(double.NaN, experts.Length).ToArray();
        var costs = new double[experts.Length];
        selections.Scatter(risks, costs);

        Assert.Equal([0.0, 20.0, 40.0, 21.0, 0.0, 1.0, 10.0, 22.0, 30.0, 41.0, 31.0, 2.0], risks);
        Assert.Equal(risks.Select(r => r == 0.0 ? 0.0 : -r), costs);
    }

    [Fact]
    public void ATopOneSelectionGroupsEveryFrameOnce()
    {
        TelemetryFrame[] frames = [new(1, 0, 0), new(2, 0, 0), new(3, 0, 0)];
        PackCondition[] before = [new(1, 5, 99), new(2, 5, 99), new(3, 5, 99)];
        var selections = new ExpertSelections(ExpertCatalog.Count);

        selections.Group([4, 4, 1], 1, frames, before);

        Assert.Equal([1.0, 2.0], Frames(selections, 4).Select(f => f.TemperatureC));
        Assert.Equal([3.0], Frames(selections, 1).Select(f => f.TemperatureC));
    }

    [Fact]
    public void SelectionsWithoutRanksAreRefused()
    {
        var selections = new ExpertSelections(5);

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            selections.Group([0], 0, [new TelemetryFrame(1, 0, 0)], [new PackCondition(1, 5, 99)]));
        selections.Group([], 0, [], []);
        Assert.All(selections.Counts, c => Assert.Equal(0, c));
    }

    private static TelemetryFrame[] Frames(ExpertSelections selections, int e) =>
        selections.FrameBuffer.AsSpan(selections.Offset(e), selections.Counts[e]).ToArray();

    private static PackCondition[] Before(ExpertSelections selections, int e) =>
        selections.BeforeBuffer.AsSpan(selections.Offset(e), selections.Counts[e]).ToArray();
}
