using BatteryOs.Contracts.Wire;
using BatteryOs.Grains.Metrics;
using BatteryOs.Model.Ingestion;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Grains.Packs;

/// <summary>
/// Applies the ingested frames a pack's seq order released, in chunks through the mixture, and records
/// each applied chunk. Frames a failed chunk did not apply go back to the seq order, to be released again.
/// Frames whose mixture came with their batch are folded in at once, without router or expert calls.
/// </summary>
internal sealed class IngestedFrameApplier(ChunkRouter router, PackGrainOptions options,
    IngestionInstruments instruments)
{
    /// <summary>Applies <paramref name="ready"/> in order; returns how many were applied.</summary>
    public async Task<int> Apply(PackLife life, PackIngestion ingestion, List<SequencedFrame> ready, long nowMs,
        IngestBatch? batch = null)
    {
        var k = options.TopK;
        if (ready.Count > 0 && batch is not null && PremixedFrames.Locate(batch, ready, k) is { } positions)
        {
            ApplyPremixed(life, ingestion, ready, batch.Mixture!, positions);
            return ready.Count;
        }

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

                await router.Apply(life, chunk, count, k, trace: null, routing =>
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

    private void ApplyPremixed(PackLife life, PackIngestion ingestion, List<SequencedFrame> ready,
        FrameMixture mixture, int[] positions)
    {
        var n = ready.Count;
        var k = mixture.K;
        var frames = BatchBuffers.Rent<TelemetryFrame>(n);
        var experts = BatchBuffers.Rent<byte>(n * k);
        var weights = BatchBuffers.Rent<double>(n * k);
        var risks = BatchBuffers.Rent<double>(n * k);
        try
        {
            for (var i = 0; i < n; i++)
            {
                frames[i] = ready[i].Frame;
                mixture.Experts.AsSpan(positions[i] * k, k).CopyTo(experts.AsSpan(i * k));
                mixture.Weights.AsSpan(positions[i] * k, k).CopyTo(weights.AsSpan(i * k));
                mixture.Risks.AsSpan(positions[i] * k, k).CopyTo(risks.AsSpan(i * k));
            }

            life.Apply(new RoutedChunk(frames.AsSpan(0, n), k, experts.AsSpan(0, n * k), weights.AsSpan(0, n * k),
                risks.AsSpan(0, n * k)));
            ingestion.Applied(n, ready[n - 1], experts.AsSpan((n - 1) * k, k), weights.AsSpan((n - 1) * k, k));
            instruments.Applied(n);
        }
        finally
        {
            BatchBuffers.Return(frames);
            BatchBuffers.Return(experts);
            BatchBuffers.Return(weights);
            BatchBuffers.Return(risks);
        }
    }
}
