using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Grains.Tests;

/// <summary>A routing request is well formed only when its pack segments cover its frames exactly.</summary>
public sealed class RouteRequestTests
{
    private static RouteRequest Request(params int[] segments) =>
        new(FrameBatch.Of(new TelemetryFrame[6]), new PackCondition[6], "seed", segments);

    [Fact]
    public void Segments_that_cover_the_frames_are_well_formed()
    {
        Assert.True(Request(6).IsWellFormed);
        Assert.True(Request(1, 2, 3).IsWellFormed);
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 5 })]
    [InlineData(new[] { 3, 4 })]
    [InlineData(new[] { 6, 0 })]
    [InlineData(new[] { 8, -2 })]
    [InlineData(new[] { int.MaxValue, int.MaxValue, 8 })]
    public void Segments_that_miss_or_overshoot_the_frames_are_not(int[] segments) =>
        Assert.False(Request(segments).IsWellFormed);
}
