using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Packs;

namespace BatteryOs.Grains.Packs;

/// <summary>Collects per-cycle conditions and routing of applied telemetry into a <see cref="CycleTrace"/>.</summary>
internal sealed class TraceBuilder(int cycles, int k, long firstCycle)
{
    private readonly long[] _cycles = new long[cycles];
    private readonly double[] _seiNm = new double[cycles];
    private readonly double[] _sohPct = new double[cycles];
    private readonly byte[] _experts = new byte[cycles * k];
    private readonly double[] _weights = new double[cycles * k];

    /// <summary>Records a routed chunk that starts <paramref name="offset"/> cycles into the batch.</summary>
    public void Add(int offset, PackCondition[] conditions, RoutingBatch routing)
    {
        for (var i = 0; i < routing.FrameCount; i++)
        {
            _cycles[offset + i] = firstCycle + offset + i;
            _seiNm[offset + i] = conditions[i].SeiNm;
            _sohPct[offset + i] = conditions[i].SohPct;
        }

        var entries = routing.FrameCount * k;
        routing.Experts.AsSpan(0, entries).CopyTo(_experts.AsSpan(offset * k));
        routing.Weights.AsSpan(0, entries).CopyTo(_weights.AsSpan(offset * k));
    }

    /// <summary>The finished trace.</summary>
    public CycleTrace Build() => new(_cycles, _seiNm, _sohPct, _experts, _weights, k);
}
