using BatteryOs.Model.Physics;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests.Physics;

/// <summary>
/// A cycle's weather is the same draw alone and in a block starting anywhere (the cosines go in aligned groups of
/// four cycles), is Box-Muller of the cycle's two draws to within an ulp or so, and is standard normal.
/// </summary>
public sealed class CycleDrawsTests
{
    [Theory]
    [InlineData(1L, 64)]
    [InlineData(2L, 61)]
    [InlineData(7L, 3)]
    [InlineData(1_001L, 1)]
    [InlineData(40_003L, 50)]
    public void A_block_gives_each_cycle_its_own_weather(long firstCycle, int cycles)
    {
        var key = CounterRandom.StreamKey(4, 9);
        var block = new double[cycles];

        CycleDraws.Weathers(key, firstCycle, block);

        for (var i = 0; i < cycles; i++)
        {
            Assert.Equal(CycleDraws.Weather(key, firstCycle + i), block[i]);
        }
    }

    [Fact]
    public void The_weather_is_box_muller_of_the_cycles_first_two_draws()
    {
        var key = CounterRandom.StreamKey(8, 1);
        for (var cycle = 1L; cycle <= 2_000; cycle++)
        {
            var u1 = CounterRandom.NextDouble(key, (ulong)cycle * 3);
            var u2 = CounterRandom.NextDouble(key, (ulong)cycle * 3 + 1);
            var expected = Math.Sqrt(-2.0 * Math.Log(1.0 - u1)) * Math.Cos(2.0 * Math.PI * u2);
            Assert.Equal(expected, CycleDraws.Weather(key, cycle), 1e-14);
        }
    }

    [Fact]
    public void The_weather_is_standard_normal_and_the_rate_draw_uniform()
    {
        var key = CounterRandom.StreamKey(2, 3);
        var weather = new double[64];
        var draws = new List<double>();
        var rates = new List<double>();
        for (var first = 1L; first < 64 * 1_000; first += 64)
        {
            CycleDraws.Weathers(key, first, weather);
            draws.AddRange(weather);
            rates.Add(CycleDraws.DischargeRateDraw(key, first));
        }

        var mean = draws.Average();
        var sd = Math.Sqrt(draws.Select(w => (w - mean) * (w - mean)).Average());
        Assert.InRange(mean, -0.02, 0.02);
        Assert.InRange(sd, 0.98, 1.02);
        Assert.InRange(draws.Count(w => Math.Abs(w) < 1.0) / (double)draws.Count, 0.676, 0.69);
        Assert.All(rates, r => Assert.InRange(r, 0.0, 1.0));
        Assert.InRange(rates.Average(), 0.47, 0.53);
    }
}
