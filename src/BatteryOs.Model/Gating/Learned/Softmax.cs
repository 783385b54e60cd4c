namespace BatteryOs.Model.Gating.Learned;

/// <summary>The numerically stable softmax exp(x_i - max) / Σ exp(x_j - max).</summary>
public static class Softmax
{
    /// <summary>Replaces logits by their softmax; <paramref name="max"/> is their maximum.</summary>
    public static void InPlace(Span<double> values, double max)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Math.Exp(values[i] - max);
            sum += values[i];
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= sum;
        }
    }

    /// <summary>Replaces logits by their softmax.</summary>
    public static void InPlace(Span<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        InPlace(values, max);
    }
}
