using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Grains.Packs;

/// <summary>
/// Routes one chunk of frames through the mixture: one router call for the chunk, then one call per
/// chosen expert with all of that expert's frames, then folds the answers into the pack's life.
/// </summary>
public sealed class ChunkRouter(IGrainFactory grains)
{
    private readonly IRouterGrain _router = grains.GetGrain<IRouterGrain>(0);
    private readonly IExpertGrain[] _experts =
        [.. ExpertGrainIds.All().Select(id => grains.GetGrain<IExpertGrain>(id))];

    /// <summary>Routes <paramref name="count"/> frames and applies them to <paramref name="life"/>.</summary>
    internal async Task Apply(PackLife life, TelemetryFrame[] frames, int count, int k, PackCondition[]? trace,
        Action<RoutingBatch>? onRouted = null)
    {
        var routing = await _router.Route(new FrameBatch(frames, count), k);
        var entries = count * k;
        var risks = BatchBuffers.Rent<double>(entries);
        try
        {
            await AssessByExpert(frames, routing, risks);
            var chunk = new RoutedChunk(frames.AsSpan(0, count), k, routing.Experts, routing.Weights, risks);
            life.Apply(chunk, trace is null ? default : trace.AsSpan(0, count));
            onRouted?.Invoke(routing);
        }
        finally
        {
            BatchBuffers.Return(risks);
            BatchBuffers.Return(routing.Experts);
            BatchBuffers.Return(routing.Weights);
        }
    }

    private async Task AssessByExpert(TelemetryFrame[] frames, RoutingBatch routing, double[] risks)
    {
        // Group the selections by expert: entry positions and the frames they point at.
        var expertCount = ExpertCatalog.Count;
        var entries = routing.FrameCount * routing.K;
        var counts = new int[expertCount];
        for (var i = 0; i < entries; i++)
        {
            counts[routing.Experts[i]]++;
        }

        var positions = new int[expertCount][];
        var batches = new TelemetryFrame[expertCount][];
        for (var e = 0; e < expertCount; e++)
        {
            if (counts[e] > 0)
            {
                positions[e] = BatchBuffers.Rent<int>(counts[e]);
                batches[e] = BatchBuffers.Rent<TelemetryFrame>(counts[e]);
            }
        }

        var filled = new int[expertCount];
        for (var i = 0; i < entries; i++)
        {
            var e = routing.Experts[i];
            positions[e][filled[e]] = i;
            batches[e][filled[e]] = frames[i / routing.K];
            filled[e]++;
        }

        // One call per chosen expert, all in flight together, then scatter the risks back.
        var calls = new Task<RiskBatch>?[expertCount];
        for (var e = 0; e < expertCount; e++)
        {
            if (counts[e] > 0)
            {
                calls[e] = _experts[e].Assess(new FrameBatch(batches[e], counts[e]));
            }
        }

        try
        {
            for (var e = 0; e < expertCount; e++)
            {
                if (calls[e] is not { } call)
                {
                    continue;
                }

                var answer = await call;
                for (var n = 0; n < counts[e]; n++)
                {
                    risks[positions[e][n]] = answer.Risks[n];
                }

                BatchBuffers.Return(answer.Risks);
            }
        }
        finally
        {
            for (var e = 0; e < expertCount; e++)
            {
                if (counts[e] > 0)
                {
                    BatchBuffers.Return(positions[e]);
                    BatchBuffers.Return(batches[e]);
                }
            }
        }
    }
}
