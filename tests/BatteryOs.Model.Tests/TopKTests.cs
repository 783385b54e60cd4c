using BatteryOs.Model.Gating;

namespace BatteryOs.Model.Tests;

public sealed class TopKTests
{
    [Fact]
    public void Picks_the_largest_first()
    {
        var (indices, values) = Select([0.2, 0.9, 0.1, 0.5, 0.7], 3);

        Assert.Equal([(byte)1, (byte)4, (byte)3], indices);
        Assert.Equal([0.9, 0.7, 0.5], values);
    }

    [Fact]
    public void Equal_scores_go_to_the_lower_index()
    {
        var (indices, values) = Select([0.3, 0.9, 0.9, 0.3, 0.9], 4);

        Assert.Equal([(byte)1, (byte)2, (byte)4, (byte)0], indices);
        Assert.Equal([0.9, 0.9, 0.9, 0.3], values);
    }

    [Fact]
    public void All_equal_scores_come_back_in_index_order()
    {
        var (indices, _) = Select([0.5, 0.5, 0.5, 0.5, 0.5], 5);

        Assert.Equal([(byte)0, (byte)1, (byte)2, (byte)3, (byte)4], indices);
    }

    [Fact]
    public void Negative_scores_are_ranked_like_any_other()
    {
        var (indices, values) = Select([-3.0, -1.0, -2.0], 2);

        Assert.Equal([(byte)1, (byte)2], indices);
        Assert.Equal([-1.0, -2.0], values);
    }

    [Fact]
    public void K_of_one_is_the_argmax()
    {
        var (indices, values) = Select([0.1, 0.4, 0.4, 0.2], 1);

        Assert.Equal([(byte)1], indices);
        Assert.Equal([0.4], values);
    }

    private static (byte[] Indices, double[] Values) Select(double[] scores, int k)
    {
        var indices = new byte[k];
        var values = new double[k];
        TopK.Select(scores, k, indices, values);
        return (indices, values);
    }
}
