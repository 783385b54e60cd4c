using System.Diagnostics;
using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Grains.Metrics;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Grains.Packs;

/// <summary>
/// Routes one chunk of frames through the mixture: one router call for the chunk, then one call per
/// chosen expert with all of that expert's frames, then folds the answers into the pack's life.
/// One instance serves every pack of a silo, and records the chunk's metrics.
/// </summary>
public sealed class ChunkRouter(IGrainFactory grains, SimulationInstruments instruments)
{
    private readonly IRouterGrain _router = grains.GetGrain<IRouterGrain>(0);
    private readonly IExpertGrain[] _experts =
        [.. ExpertGrainIds.All().Select(id => grains.GetGrain<IExpertGrain>(id))];

    /// <summary>Routes <paramref name="count"/> frames and applies them to <paramref name="life"/>.</summary>
    internal async Task Apply(PackLife life, TelemetryFrame[] frames, int count, int k, PackCondition[]? trace,
        Action<RoutingBatch>? onRouted = null)
    {
        var routing = await _router.Route(new FrameBatch(frames, count), k);
        var risks = BatchBuffers.Rent<double>(count * k);
        try
        {
            await AssessByExpert(frames, routing, risks);
            var chunk = new RoutedChunk(frames.AsSpan(0, count), k, routing.Experts, routing.Weights, risks);
            life.Apply(chunk, trace is null ? default : trace.AsSpan(0, count));
            instruments.RecordChunk(count, life.Condition);
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
        using var groups = ExpertGroups.Of(frames, routing, ExpertCatalog.Count);

        // One call per chosen expert, all in flight together, then scatter the answers back.
        var calls = new Task<RiskBatch>?[_experts.Length];
        for (var e = 0; e < calls.Length; e++)
        {
            calls[e] = groups.Counts[e] > 0 ? AssessTimed(e, groups.FramesFor(e)) : null;
        }

        instruments.RecordSelections(groups.Counts);

        for (var e = 0; e < calls.Length; e++)
        {
            if (calls[e] is { } call)
            {
                var answer = await call;
                groups.Scatter(e, answer, risks);
                BatchBuffers.Return(answer.Risks);
            }
        }
    }

    private async Task<RiskBatch> AssessTimed(int expert, FrameBatch frames)
    {
        var start = Stopwatch.GetTimestamp();
        var answer = await _experts[expert].Assess(frames);
        instruments.RecordExpertCall(expert, frames.Count, Stopwatch.GetElapsedTime(start));
        return answer;
    }
}
