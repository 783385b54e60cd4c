using BatteryOs.Model.Gating.Learned;
using MathNet.Numerics.LinearAlgebra;

namespace BatteryOs.Model.Tests.Gating;

public sealed class LoadBalancingLossTests
{
    private static readonly double[] Shares = [0.5, 0.3, 0.2, 0.0, 0.0];

    private static Matrix<double> Probabilities(Matrix<double> logits)
    {
        var p = logits.Clone();
        for (var n = 0; n < p.RowCount; n++)
        {
            var row = p.Row(n).ToArray();
            Softmax.InPlace(row);
            p.SetRow(n, row);
        }

        return p;
    }

    [Fact]
    public void Uniform_routing_costs_the_weight_and_skew_costs_more()
    {
        var uniform = Matrix<double>.Build.Dense(4, 5, 0.2);
        double[] even = [0.2, 0.2, 0.2, 0.2, 0.2];

        // α E Σ (1/E)(1/E) = α.
        Assert.Equal(0.01, LoadBalancingLoss.Value(uniform, even, 0.01), 15);
        var skewed = Matrix<double>.Build.DenseOfRowArrays(
            Enumerable.Range(0, 4).Select(_ => new[] { 0.6, 0.1, 0.1, 0.1, 0.1 }));
        Assert.Equal(0.01 * 5 * (0.5 * 0.6 + 0.3 * 0.1 + 0.2 * 0.1), LoadBalancingLoss.Value(skewed, Shares, 0.01),
            15);
    }

    [Fact]
    public void The_gradient_matches_finite_differences_of_the_loss_in_the_logits()
    {
        var random = new Random(7);
        var logits = Matrix<double>.Build.Dense(3, 5, (_, _) => random.NextDouble() * 4 - 2);
        var gradient = Matrix<double>.Build.Dense(3, 5);

        LoadBalancingLoss.AddGradient(Probabilities(logits), Shares, 0.5, gradient);

        const double h = 1e-6;
        for (var n = 0; n < 3; n++)
        {
            for (var j = 0; j < 5; j++)
            {
                var up = logits.Clone();
                up[n, j] += h;
                var down = logits.Clone();
                down[n, j] -= h;
                var numeric = (LoadBalancingLoss.Value(Probabilities(up), Shares, 0.5)
                    - LoadBalancingLoss.Value(Probabilities(down), Shares, 0.5)) / (2 * h);
                Assert.Equal(numeric, gradient[n, j], 8);
            }
        }
    }
}
