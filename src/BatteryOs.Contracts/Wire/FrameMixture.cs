namespace BatteryOs.Contracts.Wire;

/// <summary>
/// The mixture's answer for frames already routed: K chosen experts, their gate weights and the risk each
/// returned, per frame, frame-major (entry f * K + j is frame f's j-th choice).
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.FrameMixture")]
public sealed record FrameMixture(
    [property: Id(0)] byte[] Experts,
    [property: Id(1)] double[] Weights,
    [property: Id(2)] double[] Risks,
    [property: Id(3)] int K)
{
    /// <summary>Frames covered.</summary>
    public int FrameCount => K == 0 ? 0 : Experts.Length / K;

    /// <summary>True when the three arrays hold the same whole number of frames.</summary>
    public bool IsWellFormed => K > 0 && Experts.Length % K == 0 && Weights.Length == Experts.Length
        && Risks.Length == Experts.Length;

    /// <summary>The entries of frames [<paramref name="first"/>, +<paramref name="count"/>), copied.</summary>
    public FrameMixture Slice(int first, int count) => new(
        Experts.AsSpan(first * K, count * K).ToArray(),
        Weights.AsSpan(first * K, count * K).ToArray(),
        Risks.AsSpan(first * K, count * K).ToArray(),
        K);
}
