using BatteryOs.Model.Numerics;

namespace BatteryOs.Model.Tests.Numerics;

/// <summary>
/// A block's exponentials and logarithms are each value's own, whatever its neighbours and its place in the block
/// (a vector kernel that took one path for a whole vector would break the model's batch = step-by-step
/// equality), and within about an ulp of <see cref="Math"/>'s.
/// </summary>
public sealed class BlockMathTests
{
    private const int Values = 100_003; // not a multiple of the vector width: the tail takes the one-value path

    [Fact]
    public void A_blocks_exponentials_are_each_values_own()
    {
        var random = new Random(5);
        var values = Enumerable.Range(0, Values).Select(_ => Mixed(random, 40.0)).ToArray();
        var block = values.ToArray();

        BlockMath.Exp(block);

        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(BlockMath.Exp(values[i]), block[i]);
            Assert.Equal(Math.Exp(values[i]), block[i], Math.Exp(values[i]) * 1e-15);
        }
    }

    [Fact]
    public void A_blocks_logarithms_are_each_values_own()
    {
        var random = new Random(6);
        var values = Enumerable.Range(0, Values).Select(_ => Math.Exp(Mixed(random, 30.0))).ToArray();
        var block = values.ToArray();

        BlockMath.Log(block);

        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(BlockMath.Log(values[i]), block[i]);
            Assert.Equal(Math.Log(values[i]), block[i], 1e-15 * Math.Max(1.0, Math.Abs(block[i])));
        }
    }

    [Fact]
    public void The_model_ranges_edges_are_exact()
    {
        Assert.Equal(1.0, BlockMath.Exp(0.0));
        Assert.Equal(0.0, BlockMath.Log(1.0));
        Span<double> ones = [0.0, 0.0, 0.0, 0.0, 0.0];
        BlockMath.Exp(ones);
        Assert.Equal([1.0, 1.0, 1.0, 1.0, 1.0], ones.ToArray());
    }

    // Neighbours of very different sizes: small, large, negative, so every vector mixes the kernels' cases.
    private static double Mixed(Random random, double range) => random.Next(4) switch
    {
        0 => (random.NextDouble() - 0.5) * 1e-3,
        1 => (random.NextDouble() - 0.5) * 2.0,
        _ => (random.NextDouble() - 0.5) * 2.0 * range,
    };
}
