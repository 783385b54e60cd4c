using BatteryOs.Model.Experts;

namespace BatteryOs.Model.Gating.Learned;

/// <summary>
/// A way to weigh the experts for a cycle, with weights that sum to 1: the learned gate, the heuristic
/// gate, a uniform mix, or one expert alone (see <see cref="ExpertPredictors"/>).
/// </summary>
public abstract class MixtureScheme
{
    /// <summary>The scheme's name in reports.</summary>
    public abstract string Name { get; }

    /// <summary>Writes the weight of every expert (0 for those not chosen) for a sample.</summary>
    public abstract void Weights(RoutingSample sample, Span<double> weightsOut);

    /// <summary>The learned gate's clean top-k, weights renormalised over the kept experts.</summary>
    public static MixtureScheme Learned(LearnedGate gate, int k) => new LearnedScheme(gate, k);

    /// <summary>The seed profile's heuristic gate on the cycle as a pack frame, top-k, weights renormalised.</summary>
    public static MixtureScheme Heuristic(int k) => new HeuristicScheme(new SeedGate(), k);

    /// <summary>Every expert at weight 1 / E.</summary>
    public static MixtureScheme Uniform { get; } = new UniformScheme();

    /// <summary>Expert <paramref name="index"/> alone.</summary>
    public static MixtureScheme Single(int index) => new SingleScheme(index);

    private sealed class LearnedScheme(LearnedGate gate, int k) : MixtureScheme
    {
        public override string Name => "learned gate";

        public override void Weights(RoutingSample sample, Span<double> weightsOut)
        {
            Span<double> probabilities = stackalloc double[gate.ExpertCount];
            gate.Probabilities(sample.Input, probabilities);
            Span<byte> kept = stackalloc byte[k];
            Span<double> keptWeights = stackalloc double[k];
            TopK.Select(probabilities, k, kept, keptWeights);
            var sum = 0.0;
            foreach (var w in keptWeights)
            {
                sum += w;
            }

            weightsOut.Clear();
            for (var j = 0; j < k; j++)
            {
                weightsOut[kept[j]] = keptWeights[j] / sum;
            }
        }
    }

    private sealed class HeuristicScheme(SeedGate gate, int k) : MixtureScheme
    {
        public override string Name => "heuristic gate";

        public override void Weights(RoutingSample sample, Span<double> weightsOut)
        {
            Span<byte> kept = stackalloc byte[k];
            Span<double> keptWeights = stackalloc double[k];
            gate.Route([sample.Frame], k, kept, keptWeights);
            var sum = 0.0;
            foreach (var w in keptWeights)
            {
                sum += w;
            }

            weightsOut.Clear();
            for (var j = 0; j < k; j++)
            {
                weightsOut[kept[j]] = keptWeights[j] / sum;
            }
        }
    }

    private sealed class UniformScheme : MixtureScheme
    {
        public override string Name => "uniform mix";

        public override void Weights(RoutingSample sample, Span<double> weightsOut) =>
            weightsOut.Fill(1.0 / weightsOut.Length);
    }

    private sealed class SingleScheme(int index) : MixtureScheme
    {
        public override string Name => ExpertCatalog.All[index].Name + " alone";

        public override void Weights(RoutingSample sample, Span<double> weightsOut)
        {
            weightsOut.Clear();
            weightsOut[index] = 1.0;
        }
    }
}
