using System.Runtime.CompilerServices;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Numerics;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Physics.Experts;

/// <summary>
/// A mechanism expert inside the physics profile: each frame becomes the cycle conditions the profile
/// ages the pack under, and the pack's condition before the cycle becomes the cell state. Generic over the
/// mechanism's own struct type, so that the per-frame call is direct and inlined rather than an interface
/// call shared by all five experts.
/// </summary>
public sealed class MechanismAssessor<TMechanism>(PhysicsProfile profile, TMechanism mechanism) : IExpertAssessor
    where TMechanism : struct, IMechanismExpert
{
    /// <summary>The mechanism model behind the assessor.</summary>
    public TMechanism Mechanism => mechanism;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Assess(ReadOnlySpan<TelemetryFrame> frames, ReadOnlySpan<PackCondition> before, Span<double> riskOut,
        Span<double> degradationPctOut)
    {
        // The mechanism's Arrhenius factor depends on the frame alone: a block of them at a time.
        var term = mechanism.TemperatureTerm;
        Span<double> factors = stackalloc double[BlockMath.BlockLength];
        for (var first = 0; first < frames.Length; first += BlockMath.BlockLength)
        {
            var block = frames.Slice(first, Math.Min(BlockMath.BlockLength, frames.Length - first));
            term.Factors(block, factors);
            for (var i = 0; i < block.Length; i++)
            {
                var f = first + i;
                var assessment = mechanism.Assess(profile.Conditions(block[i]), profile.CellStateOf(before[f]),
                    factors[i]);
                riskOut[f] = assessment.Risk;
                degradationPctOut[f] = assessment.DegradationPct;
            }
        }
    }
}
