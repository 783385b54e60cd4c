using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Gating.Learned;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;
using BenchmarkDotNet.Attributes;

namespace BatteryOs.Model.Benchmarks;

/// <summary>
/// Routing a batch: the seed gate's table, the learned gate, capacity limits, and the experts' assessment.
/// </summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private const int Frames = 1_000;
    private const int K = 3;
    private readonly TelemetryFrame[] _frames = new TelemetryFrame[Frames];
    private readonly PackCondition[] _before = new PackCondition[Frames];
    private readonly byte[] _experts = new byte[Frames * ExpertCatalog.Count];
    private readonly double[] _weights = new double[Frames * ExpertCatalog.Count];
    private readonly byte[] _kept = new byte[Frames * K];
    private readonly double[] _keptWeights = new double[Frames * K];
    private readonly double[] _risks = new double[Frames];
    private readonly double[] _costs = new double[Frames];
    private readonly SeedGate _seed = new();
    private IDegradationProfile _physics = null!;
    private LearnedGate _learned = null!;

    [GlobalSetup]
    public void Setup()
    {
        _physics = ModelProfiles.Get("physics");
        BenchmarkBatch.Fill(_physics, CounterRandom.StreamKey(1, 7), _frames, _before);
        _learned = new LearnedGate(UniformGate());
    }

    /// <summary>The seed gate, top-3.</summary>
    [Benchmark(OperationsPerInvoke = Frames)]
    public void SeedGateTop3() => _seed.Route(_frames, K, _kept, _keptWeights);

    /// <summary>The learned gate: features, softmax and ranking of all five.</summary>
    [Benchmark(OperationsPerInvoke = Frames)]
    public void LearnedGateRankAll() =>
        _learned.Rank(_frames, _before, PackGeometry.Default, ExpertCatalog.Count, _experts, _weights);

    /// <summary>Capacity limits over ranked choices, factor 1.25, overflow to the next expert.</summary>
    [Benchmark(OperationsPerInvoke = Frames)]
    public void CapacityLimiter125()
    {
        var tally = new RoutingTally(ExpertCatalog.Count);
        CapacityLimiter.Apply(_experts, _weights, Frames, ExpertCatalog.Count, K, 1.25, OverflowPolicy.NextExpert,
            renormalize: true, _kept, _keptWeights, tally);
    }

    /// <summary>One physics mechanism expert (Ion_Flux) over every frame.</summary>
    [Benchmark(OperationsPerInvoke = Frames)]
    public void PhysicsIonFluxExpert() => _physics.Assessor(3).Assess(_frames, _before, _risks, _costs);

    private static LearnedGateParameters UniformGate() => new()
    {
        Experts = [.. ExpertCatalog.All.Select(e => e.Name)],
        Features = [.. GateInput.Names],
        FeatureMean = new double[GateInput.Count],
        FeatureScale = [.. Enumerable.Repeat(1.0, GateInput.Count)],
        Weights = [.. Enumerable.Range(0, ExpertCatalog.Count).Select(e => Enumerable.Range(0, GateInput.Count)
            .Select(f => 0.01 * (e + 1) * (f - 2)).ToArray())],
        Bias = new double[ExpertCatalog.Count],
        NoiseWeights = [.. Enumerable.Range(0, ExpertCatalog.Count).Select(_ => new double[GateInput.Count])],
        NoiseBias = new double[ExpertCatalog.Count],
        ExpertSlopes = [.. Enumerable.Repeat(1.0, ExpertCatalog.Count)],
        K = K,
        Source = "benchmark",
    };
}
