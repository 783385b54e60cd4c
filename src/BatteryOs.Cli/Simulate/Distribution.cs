using MathNet.Numerics.Statistics;

namespace BatteryOs.Cli.Simulate;

/// <summary>Summary statistics of one fleet-wide quantity (percentiles by linear interpolation, R-7).</summary>
internal sealed record Distribution(double Mean, double Min, double P5, double P50, double P95, double Max)
{
    /// <summary>Computes the statistics of <paramref name="values"/> (sorted in place).</summary>
    public static Distribution Of(double[] values)
    {
        if (values.Length == 0)
        {
            return new Distribution(0, 0, 0, 0, 0, 0);
        }

        Array.Sort(values);
        double Quantile(double tau) => SortedArrayStatistics.QuantileCustom(values, tau, QuantileDefinition.R7);
        return new Distribution(values.Mean(), values[0], Quantile(0.05), Quantile(0.5), Quantile(0.95), values[^1]);
    }
}
