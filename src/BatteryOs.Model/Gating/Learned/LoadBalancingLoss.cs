using MathNet.Numerics.LinearAlgebra;

namespace BatteryOs.Model.Gating.Learned;

/// <summary>
/// The Switch Transformer's auxiliary load-balancing loss over a batch of B frames and E experts:
/// α E Σ_i f_i P_i, with f_i the share of the batch's selections that went to expert i (held constant: it
/// comes from the hard top-k choice) and P_i = mean_n p_ni the mean gate probability, p_n = softmax(a_n).
/// It is smallest when routing is uniform.
/// </summary>
public static class LoadBalancingLoss
{
    /// <summary>The loss for gate probabilities <paramref name="probabilities"/> (B x E) and shares f.</summary>
    public static double Value(Matrix<double> probabilities, IReadOnlyList<double> selectionShares, double weight)
    {
        var experts = probabilities.ColumnCount;
        var sum = 0.0;
        for (var i = 0; i < experts; i++)
        {
            sum += selectionShares[i] * probabilities.Column(i).Average();
        }

        return weight * experts * sum;
    }

    /// <summary>
    /// Adds the loss's gradient with respect to the logits a (B x E) to <paramref name="gradient"/>:
    /// ∂/∂a_nj = α E / B * p_nj (f_j - Σ_i f_i p_ni).
    /// </summary>
    public static void AddGradient(Matrix<double> probabilities, IReadOnlyList<double> selectionShares, double weight,
        Matrix<double> gradient)
    {
        var experts = probabilities.ColumnCount;
        var factor = weight * experts / probabilities.RowCount;
        for (var n = 0; n < probabilities.RowCount; n++)
        {
            var expected = 0.0;
            for (var i = 0; i < experts; i++)
            {
                expected += selectionShares[i] * probabilities[n, i];
            }

            for (var j = 0; j < experts; j++)
            {
                gradient[n, j] += factor * probabilities[n, j] * (selectionShares[j] - expected);
            }
        }
    }
}
