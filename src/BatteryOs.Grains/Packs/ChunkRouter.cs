using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Grains.Packs;

/// <summary>
/// Routes one chunk of frames through the mixture: one router call for the chunk, the profile run over it,
/// then one call per chosen expert with all of that expert's frames and the pack's condition before each,
/// then folds the answers into the pack's life. One instance serves every pack of a silo.
/// </summary>
public sealed class ChunkRouter(IGrainFactory grains)
{
    private readonly IRouterGrain _router = grains.GetGrain<IRouterGrain>(0);
    private readonly IExpertGrain[] _experts =
        [.. ExpertGrainIds.All().Select(id => grains.GetGrain<IExpertGrain>(id))];

    /// <summary>
    /// Routes <paramref name="count"/> frames and applies them to <paramref name="life"/>; when
    /// <paramref name="trace"/> is given, the condition after each cycle goes there.
    /// </summary>
    internal async Task Apply(PackLife life, TelemetryFrame[] frames, int count, int k, PackCondition[]? trace,
        Action<RoutingBatch>? onRouted = null)
    {
        var routing = await _router.Route(new FrameBatch(frames, count), k);
        var conditions = trace ?? BatchBuffers.Rent<PackCondition>(count);
        var risks = BatchBuffers.Rent<double>(count * k);
        var degradation = BatchBuffers.Rent<double>(count * k);
        try
        {
            // The pack is not reentrant: nothing changes its life between the preview and the commit.
            life.Preview(frames.AsSpan(0, count), conditions.AsSpan(0, count));
            await AssessByExpert(life, frames, conditions, routing, risks, degradation);
            var chunk = new RoutedChunk(frames.AsSpan(0, count), k, routing.Experts, routing.Weights, risks,
                degradation);
            life.Commit(chunk, conditions.AsSpan(0, count));
            onRouted?.Invoke(routing);
        }
        finally
        {
            if (trace is null)
            {
                BatchBuffers.Return(conditions);
            }

            BatchBuffers.Return(risks);
            BatchBuffers.Return(degradation);
            BatchBuffers.Return(routing.Experts);
            BatchBuffers.Return(routing.Weights);
        }
    }

    private async Task AssessByExpert(PackLife life, TelemetryFrame[] frames, PackCondition[] conditions,
        RoutingBatch routing, double[] risks, double[] degradation)
    {
        using var groups = ExpertGroups.Of(frames, life.Condition, conditions, routing, ExpertCatalog.Count);

        // One call per chosen expert, all in flight together, then scatter the answers back.
        var model = life.Profile.Name;
        var calls = new Task<ExpertAnswer>?[_experts.Length];
        for (var e = 0; e < calls.Length; e++)
        {
            calls[e] = groups.Counts[e] > 0 ? _experts[e].Assess(groups.BatchFor(e, model)) : null;
        }

        for (var e = 0; e < calls.Length; e++)
        {
            if (calls[e] is { } call)
            {
                var answer = await call;
                groups.Scatter(e, answer, risks, degradation);
                BatchBuffers.Return(answer.Risks);
                BatchBuffers.Return(answer.DegradationPct);
            }
        }
    }
}
