using BatteryOs.Model.Experts;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace BatteryOs.Model.Gating.Learned;

/// <summary>
/// Trains a softmax top-k gate over fixed expert predictors on observed cycles, by mini-batch Adam.
/// </summary>
/// <remarks>
/// Per sample: clean logits a = W z + b, noise scale s = softplus(W_n z + b_n), noisy logits
/// h = a + ε s with ε ~ N(0, 1) (noisy top-k gating, Shazeer et al. 2017); the k largest h are kept and
/// g = softmax over them; the prediction is ŷ = Σ_kept g_i ŷ_i, ŷ_i expert i's own prediction
/// (<see cref="ExpertPredictors"/>, fitted beforehand and fixed here). The loss is the weighted squared error
/// (<see cref="WeightedSample.Of"/>: lab cells and packs count equally, each over its own variance), plus
/// α E Σ_i f_i P_i (Switch Transformer load balancing), f_i the share of the batch's selections that went to
/// expert i and P_i the mean clean gate probability softmax(a)_i. Gradients flow through the kept softmax
/// (∂ŷ/∂h_i = g_i (ŷ_i - ŷ)), the noise scale and P (f is a count). Everything is seeded: a training run is
/// repeatable.
/// </remarks>
public static class GateTrainer
{
    private const double Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;

    /// <summary>
    /// Trains a gate over <paramref name="experts"/> on the observed samples of <paramref name="curves"/>.
    /// </summary>
    /// <param name="curves">The observed trajectories.</param>
    /// <param name="experts">Each expert's fitted loss predictor.</param>
    /// <param name="options">k, epochs, step size, load-balancing weight, seed.</param>
    /// <param name="source">What the parameters say they were trained by.</param>
    /// <param name="epochsDone">Told the number of epochs finished after each one.</param>
    /// <param name="cancellationToken">Checked before each epoch.</param>
    /// <exception cref="ArgumentException">No sample is observed, or k is out of range.</exception>
    /// <exception cref="OperationCanceledException">Cancelled between epochs.</exception>
    public static LearnedGateParameters Train(IReadOnlyList<RoutingTrajectory> curves, ExpertPredictors experts,
        GateTrainingOptions options, string source, IProgress<int>? epochsDone = null,
        CancellationToken cancellationToken = default)
    {
        var weighted = WeightedSample.Of(curves);
        var samples = weighted.Select(w => w.Sample).ToArray();
        var sampleWeights = weighted.Select(w => w.Weight).ToArray();
        var expertCount = experts.Slopes.Length;
        if (samples.Length == 0)
        {
            throw new ArgumentException("Training needs at least one observed cycle.", nameof(curves));
        }

        // A softmax over one kept logit is 1 whatever the logit: at k = 1 the gate would learn nothing.
        if (options.K < 2 || options.K > expertCount)
        {
            throw new ArgumentException(
                $"k must be between 2 and {expertCount}, not {options.K} (top-1 gives the gate no gradient).",
                nameof(options));
        }

        var (mean, scale) = Normalisation(samples);
        var predictions = samples.Select(s => Enumerable.Range(0, expertCount).Select(e => experts.PredictPct(e, s))
            .ToArray()).ToArray();
        var state = new GateState(expertCount, GateInput.Count, options);
        var random = new MersenneTwister(unchecked((int)options.Seed));
        var order = Enumerable.Range(0, samples.Length).ToArray();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            for (var start = 0; start < order.Length; start += options.BatchSize)
            {
                var batch = order.AsSpan(start, Math.Min(options.BatchSize, order.Length - start));
                var z = Features(samples, batch, mean, scale);
                state.Step(samples, predictions, sampleWeights, batch, z, random);
            }

            epochsDone?.Report(epoch + 1);
        }

        return state.Parameters(mean, scale, experts, source);
    }

    private static (double[] Mean, double[] Scale) Normalisation(RoutingSample[] samples)
    {
        var mean = new double[GateInput.Count];
        var scale = new double[GateInput.Count];
        Span<double> x = stackalloc double[GateInput.Count];
        foreach (var s in samples)
        {
            s.Input.CopyTo(x);
            for (var f = 0; f < x.Length; f++)
            {
                mean[f] += x[f] / samples.Length;
            }
        }

        foreach (var s in samples)
        {
            s.Input.CopyTo(x);
            for (var f = 0; f < x.Length; f++)
            {
                scale[f] += (x[f] - mean[f]) * (x[f] - mean[f]) / samples.Length;
            }
        }

        // A feature constant over the data (the lab cells' SoC, say) is left unscaled.
        return (mean, [.. scale.Select(v => v > 1e-12 ? Math.Sqrt(v) : 1.0)]);
    }

    private static Matrix<double> Features(RoutingSample[] samples, ReadOnlySpan<int> batch, double[] mean,
        double[] scale)
    {
        var z = Matrix<double>.Build.Dense(batch.Length, GateInput.Count);
        Span<double> x = stackalloc double[GateInput.Count];
        for (var n = 0; n < batch.Length; n++)
        {
            samples[batch[n]].Input.CopyTo(x);
            for (var f = 0; f < x.Length; f++)
            {
                z[n, f] = (x[f] - mean[f]) / scale[f];
            }
        }

        return z;
    }


    /// <summary>The parameters and their Adam moments.</summary>
    private sealed class GateState(int experts, int features, GateTrainingOptions options)
    {
        private readonly AdamMatrix _w = new(experts, features);
        private readonly AdamMatrix _b = new(experts, 1);
        private readonly AdamMatrix _wNoise = new(experts, features);
        private readonly AdamMatrix _bNoise = new(experts, 1);
        private int _steps;

        public void Step(RoutingSample[] samples, double[][] predictions, double[] weights, ReadOnlySpan<int> batch,
            Matrix<double> z, MersenneTwister random)
        {
            // The batch's share of the weights: a batch estimates the whole sum's gradient.
            var batchWeight = 0.0;
            foreach (var n in batch)
            {
                batchWeight += weights[n];
            }

            var k = options.K;
            var clean = z * _w.Value.Transpose() + Broadcast(_b.Value, batch.Length);
            var noiseLogits = z * _wNoise.Value.Transpose() + Broadcast(_bNoise.Value, batch.Length);
            var dClean = Matrix<double>.Build.Dense(batch.Length, experts);
            var dNoise = Matrix<double>.Build.Dense(batch.Length, experts);
            var selections = new double[experts];
            var probabilities = Matrix<double>.Build.Dense(batch.Length, experts);
            Span<double> noisy = stackalloc double[experts];
            Span<double> epsilon = stackalloc double[experts];
            Span<byte> kept = stackalloc byte[k];
            Span<double> keptLogits = stackalloc double[k];
            Span<double> p = stackalloc double[experts];
            for (var n = 0; n < batch.Length; n++)
            {
                var sample = samples[batch[n]];
                var own = predictions[batch[n]];
                for (var e = 0; e < experts; e++)
                {
                    epsilon[e] = Normal.Sample(random, 0.0, 1.0);
                    noisy[e] = clean[n, e] + epsilon[e] * Softplus(noiseLogits[n, e]);
                    p[e] = clean[n, e];
                }

                Softmax.InPlace(p);
                probabilities.SetRow(n, p.ToArray());
                TopK.Select(noisy, k, kept, keptLogits);
                Softmax.InPlace(keptLogits);

                var prediction = 0.0;
                for (var j = 0; j < k; j++)
                {
                    prediction += keptLogits[j] * own[kept[j]];
                }

                var dPrediction = 2.0 * (prediction - sample.ObservedLossPct) * weights[batch[n]] / batchWeight;
                for (var j = 0; j < k; j++)
                {
                    var e = kept[j];
                    var g = keptLogits[j];
                    var dLogit = dPrediction * g * (own[e] - prediction);
                    dClean[n, e] += dLogit;
                    dNoise[n, e] += dLogit * epsilon[e] * Sigmoid(noiseLogits[n, e]);
                    selections[e] += 1.0 / (batch.Length * k);
                }
            }

            LoadBalancingLoss.AddGradient(probabilities, selections, options.LoadBalanceWeight, dClean);
            _steps++;
            _w.Update(dClean.Transpose() * z, options.LearningRate, _steps);
            _b.Update(ColumnSums(dClean), options.LearningRate, _steps);
            _wNoise.Update(dNoise.Transpose() * z, options.LearningRate, _steps);
            _bNoise.Update(ColumnSums(dNoise), options.LearningRate, _steps);
        }

        public LearnedGateParameters Parameters(double[] mean, double[] scale, ExpertPredictors predictors,
            string source) => new()
        {
            Experts = [.. ExpertCatalog.All.Select(e => e.Name)],
            Features = [.. GateInput.Names],
            FeatureMean = mean,
            FeatureScale = scale,
            Weights = _w.Value.ToRowArrays(),
            Bias = _b.Value.Column(0).ToArray(),
            NoiseWeights = _wNoise.Value.ToRowArrays(),
            NoiseBias = _bNoise.Value.Column(0).ToArray(),
            ExpertSlopes = predictors.Slopes,
            K = options.K,
            Source = source,
        };

        private static Matrix<double> Broadcast(Matrix<double> column, int rows) =>
            Matrix<double>.Build.Dense(rows, column.RowCount, (_, e) => column[e, 0]);

        private static Matrix<double> ColumnSums(Matrix<double> m) =>
            Matrix<double>.Build.DenseOfColumnArrays(m.ColumnSums().ToArray());

        private static double Softplus(double x) => x > 30 ? x : Math.Log(1.0 + Math.Exp(x));

        private static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
    }

    /// <summary>One parameter matrix with its Adam moment estimates.</summary>
    private sealed class AdamMatrix
    {
        private readonly Matrix<double> _m;
        private readonly Matrix<double> _v;

        public AdamMatrix(int rows, int columns)
        {
            Value = Matrix<double>.Build.Dense(rows, columns);
            _m = Matrix<double>.Build.Dense(rows, columns);
            _v = Matrix<double>.Build.Dense(rows, columns);
        }

        public Matrix<double> Value { get; }

        public void Update(Matrix<double> gradient, double learningRate, int step)
        {
            var correction1 = 1.0 - Math.Pow(Beta1, step);
            var correction2 = 1.0 - Math.Pow(Beta2, step);
            for (var i = 0; i < Value.RowCount; i++)
            {
                for (var j = 0; j < Value.ColumnCount; j++)
                {
                    var g = gradient[i, j];
                    _m[i, j] = Beta1 * _m[i, j] + (1 - Beta1) * g;
                    _v[i, j] = Beta2 * _v[i, j] + (1 - Beta2) * g * g;
                    var step1 = _m[i, j] / correction1;
                    Value[i, j] -= learningRate * step1 / (Math.Sqrt(_v[i, j] / correction2) + Epsilon);
                }
            }
        }
    }
}
