using BatteryOs.Model.Experts;

namespace BatteryOs.Model.Gating;

/// <summary>
/// The seed gate's routing for every pattern of tripped rules: entry (pattern * k + j) is the j-th
/// choice when bit e of the pattern says rule e's value is above its threshold.
/// </summary>
internal sealed class RoutingTable
{
    private RoutingTable(byte[] experts, double[] weights)
    {
        Experts = experts;
        Weights = weights;
    }

    /// <summary>Chosen expert indices, k per pattern.</summary>
    public byte[] Experts { get; }

    /// <summary>Normalised weights of the chosen experts, k per pattern.</summary>
    public double[] Weights { get; }

    /// <summary>Routes each of the 2^n patterns exactly as a frame with that pattern is routed.</summary>
    public static RoutingTable Build(IReadOnlyList<SeedGateRule> rules, int k)
    {
        var patterns = 1 << rules.Count;
        var experts = new byte[patterns * k];
        var weights = new double[patterns * k];
        var raw = new double[rules.Count];
        for (var pattern = 0; pattern < patterns; pattern++)
        {
            // Sum in expert order and divide each kept weight by the sum: the seed's arithmetic.
            var sum = 0.0;
            for (var e = 0; e < rules.Count; e++)
            {
                raw[e] = (pattern & (1 << e)) != 0 ? rules[e].WeightAbove : rules[e].WeightOtherwise;
                sum += raw[e];
            }

            var chosen = weights.AsSpan(pattern * k, k);
            TopK.Select(raw, k, experts.AsSpan(pattern * k, k), chosen);
            for (var j = 0; j < k; j++)
            {
                chosen[j] /= sum;
            }
        }

        return new RoutingTable(experts, weights);
    }
}
