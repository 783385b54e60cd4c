using BatteryOs.Contracts.Wire;
using BatteryOs.Grains.Metrics;
using BatteryOs.Model.Ingestion;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Grains.Packs;

/// <summary>
/// Applies the ingested frames a pack's seq order released, in chunks through the mixture, and records
/// each applied chunk. Frames a failed chunk did not apply go back to the seq order, to be released again.
/// </summary>
internal sealed class IngestedFrameApplier(ChunkRouter router, PackGrainOptions options,
    IngestionInstruments instruments)
{
    /// <summary>Applies <paramref name="ready"/> in order; returns how many were applied.</summary>
    public async Task<int> Apply(PackLife life, PackIngestion ingestion, List<SequencedFrame> ready, long nowMs)
    {
        var k = options.TopK;
        var experts = new byte[k];
        var weights = new double[k];
        for (var offset = 0; offset < ready.Count; offset += options.MaxBatchCycles)
        {
            var count = Math.Min(options.MaxBatchCycles, ready.Count - offset);
            var chunk = BatchBuffers.Rent<TelemetryFrame>(count);
            try
            {
                for (var i = 0; i < count; i++)
                {
                    chunk[i] = ready[offset + i].Frame;
                }

                await router.Apply(life, chunk, count, trace: null, routing =>
                {
                    routing.Experts.AsSpan((count - 1) * k, k).CopyTo(experts);
                    routing.Weights.AsSpan((count - 1) * k, k).CopyTo(weights);
                });
            }
            catch
            {
                ingestion.Buffer.Requeue(ready.ToArray().AsSpan(offset), nowMs);
                throw;
            }
            finally
            {
                BatchBuffers.Return(chunk);
            }

            ingestion.Applied(count, ready[offset + count - 1], experts, weights);
            instruments.Applied(count);
        }

        return ready.Count;
    }
}
