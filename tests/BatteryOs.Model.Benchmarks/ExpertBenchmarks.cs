using BatteryOs.Model.Experts;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;
using BenchmarkDotNet.Attributes;

namespace BatteryOs.Model.Benchmarks;

/// <summary>Each expert of a profile assessing a batch, as its grain does for every frame routed to it.</summary>
[MemoryDiagnoser]
public class ExpertBenchmarks
{
    private const int Frames = 1_000;
    private readonly TelemetryFrame[] _frames = new TelemetryFrame[Frames];
    private readonly PackCondition[] _before = new PackCondition[Frames];
    private readonly double[] _risks = new double[Frames];
    private readonly double[] _costs = new double[Frames];
    private IExpertAssessor _assessor = null!;

    /// <summary>The model profile whose expert is measured.</summary>
    [Params("seed", "physics")]
    public string Model { get; set; } = "physics";

    /// <summary>The expert, by catalog name.</summary>
    [ParamsSource(nameof(ExpertNames))]
    public string Expert { get; set; } = "Ion_Flux";

    /// <summary>Every catalogued expert.</summary>
    public static IEnumerable<string> ExpertNames => ExpertCatalog.All.Select(e => e.Name);

    [GlobalSetup]
    public void Setup()
    {
        var profile = ModelProfiles.Get(Model);
        BenchmarkBatch.Fill(profile, CounterRandom.StreamKey(1, 7), _frames, _before);
        _assessor = profile.Assessor(ExpertCatalog.IndexOf(Expert));
    }

    /// <summary>1,000 frames through the expert.</summary>
    [Benchmark(OperationsPerInvoke = Frames)]
    public void Assess() => _assessor.Assess(_frames, _before, _risks, _costs);
}
