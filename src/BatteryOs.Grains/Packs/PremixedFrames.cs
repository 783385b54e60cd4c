using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Ingestion;

namespace BatteryOs.Grains.Packs;

/// <summary>
/// Finds, for frames a pack's seq order released, the mixture the caller already computed for them in
/// the batch that brought them. Frames held from earlier batches, or a mixture that does not fit, are not
/// found: those frames are routed by the pack itself.
/// </summary>
internal static class PremixedFrames
{
    /// <summary>
    /// Each released frame's position in <paramref name="batch"/>, or null when not every one has a mixture.
    /// </summary>
    public static int[]? Locate(IngestBatch batch, List<SequencedFrame> ready, int k)
    {
        if (batch.Mixture is not { } mixture || mixture.K != k || !mixture.IsWellFormed
            || mixture.FrameCount != batch.Count || !IsSound(mixture))
        {
            return null;
        }

        var frames = batch.Span;
        var positions = new int[ready.Count];
        for (var i = 0; i < ready.Count; i++)
        {
            positions[i] = IndexOf(frames, ready[i].Seq);
            if (positions[i] < 0)
            {
                return null;
            }
        }

        return positions;
    }

    private static int IndexOf(ReadOnlySpan<SequencedFrame> frames, long seq)
    {
        for (var j = 0; j < frames.Length; j++)
        {
            if (frames[j].Seq == seq)
            {
                return j;
            }
        }

        return -1;
    }

    // Catalogued experts, finite weights, risks in [0, 1]: nothing the fold would reject or be corrupted by.
    private static bool IsSound(FrameMixture mixture)
    {
        if (mixture.Experts.AsSpan().IndexOfAnyInRange((byte)ExpertCatalog.Count, byte.MaxValue) >= 0)
        {
            return false;
        }

        for (var i = 0; i < mixture.Risks.Length; i++)
        {
            if (!double.IsFinite(mixture.Weights[i]) || mixture.Risks[i] is < 0 or > 1 or double.NaN)
            {
                return false;
            }
        }

        return true;
    }
}
