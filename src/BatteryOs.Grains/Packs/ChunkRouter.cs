using BatteryOs.Contracts.Wire;
using BatteryOs.Grains.Metrics;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Grains.Packs;

/// <summary>
/// Runs one chunk of a pack's frames through the mixture: the profile previews the chunk, the router and
/// the chosen experts answer for every frame (through the silo's <see cref="MixtureCoalescer"/>, which shares
/// their calls with other packs' chunks), and the pack folds the answers in. One instance serves every pack
/// of a silo, and records the chunk's metrics.
/// </summary>
public sealed class ChunkRouter(MixtureCoalescer coalescer, SimulationInstruments instruments)
{
    /// <summary>
    /// Routes <paramref name="count"/> frames and applies them to <paramref name="life"/>; when
    /// <paramref name="trace"/> is given, the condition after each cycle goes there, and
    /// <paramref name="onRouted"/> sees the chunk's routing.
    /// </summary>
    internal async Task Apply(PackLife life, TelemetryFrame[] frames, int count, PackCondition[]? trace,
        Action<RoutingBatch>? onRouted = null)
    {
        var conditions = trace ?? BatchBuffers.Rent<PackCondition>(count);
        var before = BatchBuffers.Rent<PackCondition>(count);
        try
        {
            // The pack is not reentrant: nothing changes its life between the preview and the commit.
            life.Preview(frames.AsSpan(0, count), conditions.AsSpan(0, count));
            for (var f = 0; f < count; f++)
            {
                before[f] = life.Before(conditions, f);
            }

            using var answer = await coalescer.Submit(life.Profile.Name, frames, before, count);
            var chunk = new RoutedChunk(frames.AsSpan(0, count), answer.K, answer.Experts, answer.Weights,
                answer.Risks, answer.CostsPct);
            life.Commit(chunk, conditions.AsSpan(0, count));
            instruments.RecordChunk(count, life.Condition);
            onRouted?.Invoke(new RoutingBatch(answer.Experts, answer.Weights, count, answer.K));
        }
        finally
        {
            if (trace is null)
            {
                BatchBuffers.Return(conditions);
            }

            BatchBuffers.Return(before);
        }
    }
}
