using BatteryOs.Model.Packs;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;
using BenchmarkDotNet.Attributes;

namespace BatteryOs.Model.Benchmarks;

/// <summary>The profiles' per-batch hot paths: drawing synthetic frames and running a pack over them.</summary>
[MemoryDiagnoser]
public class ProfileBenchmarks
{
    private const int Frames = 1_000;
    private readonly TelemetryFrame[] _frames = new TelemetryFrame[Frames];
    private readonly PackCondition[] _conditions = new PackCondition[Frames];
    private readonly ulong _key = CounterRandom.StreamKey(1, 42);
    private IDegradationProfile _profile = null!;

    /// <summary>The model profile measured.</summary>
    [Params("seed", "physics")]
    public string Model { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        _profile = ModelProfiles.Get(Model);
        _profile.SyntheticFrames(_key, 1, _frames);
    }

    /// <summary>1,000 cycles of synthetic telemetry.</summary>
    [Benchmark(OperationsPerInvoke = Frames)]
    public void SyntheticFrames() => _profile.SyntheticFrames(_key, 1, _frames);

    /// <summary>1,000 cycles of degradation.</summary>
    [Benchmark(OperationsPerInvoke = Frames)]
    public PackCondition Run() => _profile.Run(_profile.Initial, _frames, _conditions);
}
