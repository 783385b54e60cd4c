using BatteryOs.Model.Physics;

namespace BatteryOs.Model.Tests.Physics;

/// <summary>The tabulated seasonal sine is the sine of the season's angle, inside the table and after it.</summary>
public sealed class SeasonalCalendarTests
{
    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(1.0, 0.37)]
    [InlineData(2.5, 0.91)]
    public void The_season_is_the_sine_of_the_day_and_phase(double cyclesPerDay, double packPhase)
    {
        var calendar = new SeasonalCalendar(cyclesPerDay);
        var phase = SeasonalCalendar.Phase(packPhase);

        foreach (var cycle in new long[] { -5, 0, 1, 2, 183, 365, 3_650, SeasonalCalendar.TabulatedCycles,
                     SeasonalCalendar.TabulatedCycles + 1, 100_000 })
        {
            var day = (cycle - 1) / cyclesPerDay;
            var angle = 2.0 * Math.PI * (day / 365.25 + packPhase);
            Assert.Equal(Math.Sin(angle), calendar.Season(cycle, phase), 1e-12);

            // After the table the day is worked out exactly as the table's entries were.
            var (sin, cos) = Math.SinCos(2.0 * Math.PI * (day / 365.25));
            Assert.Equal(sin * phase.Cos + cos * phase.Sin, calendar.Season(cycle, phase));
        }
    }

    [Fact]
    public void Cycle_one_is_the_packs_phase_itself()
    {
        var calendar = new SeasonalCalendar(1.0);
        Assert.Equal(Math.Sin(2.0 * Math.PI * 0.25), calendar.Season(1, SeasonalCalendar.Phase(0.25)));
    }
}
