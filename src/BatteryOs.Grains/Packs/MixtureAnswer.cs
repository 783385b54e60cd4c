namespace BatteryOs.Grains.Packs;

/// <summary>
/// The mixture's answer for one pack's chunk: k experts, weights, risks and mechanism costs per frame,
/// frame-major, in the first frames * k entries of pooled arrays that <see cref="Dispose"/> returns.
/// </summary>
internal sealed class MixtureAnswer(byte[] experts, double[] weights, double[] risks, double[] costs, int frames, int k)
    : IDisposable
{
    /// <summary>Chosen experts (255: dropped).</summary>
    public byte[] Experts { get; } = experts;

    /// <summary>Gate weights.</summary>
    public double[] Weights { get; } = weights;

    /// <summary>Risks the experts returned.</summary>
    public double[] Risks { get; } = risks;

    /// <summary>Capacity costs the experts attributed to their mechanisms, %.</summary>
    public double[] CostsPct { get; } = costs;

    /// <summary>Frames answered.</summary>
    public int Frames { get; } = frames;

    /// <summary>Experts per frame.</summary>
    public int K { get; } = k;

    /// <inheritdoc />
    public void Dispose()
    {
        BatchBuffers.Return(Experts);
        BatchBuffers.Return(Weights);
        BatchBuffers.Return(Risks);
        BatchBuffers.Return(CostsPct);
    }
}
