using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Packs;

/// <summary>
/// The grain path's arithmetic without grains: a pack advances in chunks, each routed in one call, run
/// through the profile, assessed by each chosen expert over all of its frames at once, and committed. Used
/// as the baseline the grain path is measured against; one instance per thread (it owns its buffers).
/// </summary>
public sealed class PlainMixtureLoop
{
    private readonly IDegradationProfile _profile;
    private readonly MixtureRouter _router;
    private readonly PackGeometry _geometry;
    private readonly int _chunkCycles;
    private readonly TelemetryFrame[] _frames;
    private readonly PackCondition[] _after;
    private readonly PackCondition[] _before;
    private readonly byte[] _experts;
    private readonly double[] _weights;
    private readonly double[] _risks;
    private readonly double[] _costs;
    private readonly ExpertSelections _selections;

    /// <summary>
    /// A loop for one profile and router, advancing up to <paramref name="chunkCycles"/> cycles per chunk.
    /// </summary>
    public PlainMixtureLoop(IDegradationProfile profile, MixtureRouter router, int chunkCycles)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkCycles, 1);
        _profile = profile;
        _router = router;
        _geometry = PackGeometry.Of(profile);
        _chunkCycles = chunkCycles;
        var k = router.Policy.K;
        _frames = new TelemetryFrame[chunkCycles];
        _after = new PackCondition[chunkCycles];
        _before = new PackCondition[chunkCycles];
        _experts = new byte[chunkCycles * k];
        _weights = new double[chunkCycles * k];
        _risks = new double[chunkCycles * k];
        _costs = new double[chunkCycles * k];
        _selections = new ExpertSelections(ExpertCatalog.Count);
    }

    /// <summary>Routing counts of every chunk this loop ran.</summary>
    public RoutingTally Tally { get; } = new(ExpertCatalog.Count);

    /// <summary>
    /// Advances <paramref name="life"/> with its synthetic telemetry to <paramref name="targetCycle"/>.
    /// </summary>
    public void Advance(PackLife life, ulong streamKey, long targetCycle)
    {
        var k = _router.Policy.K;
        while (life.Condition.Cycle < targetCycle)
        {
            var n = (int)Math.Min(_chunkCycles, targetCycle - life.Condition.Cycle);
            var frames = _frames.AsSpan(0, n);
            _profile.SyntheticFrames(streamKey, life.Condition.Cycle + 1, frames);
            life.Preview(frames, _after.AsSpan(0, n));
            for (var f = 0; f < n; f++)
            {
                _before[f] = life.Before(_after, f);
            }

            _router.Route(frames, _before.AsSpan(0, n), _geometry, _experts, _weights, Tally);
            _selections.Group(_experts.AsSpan(0, n * k), k, frames, _before.AsSpan(0, n));
            for (var e = 0; e < ExpertCatalog.Count; e++)
            {
                if (_selections.Counts[e] > 0)
                {
                    _selections.Assess(e, _profile.Assessor(e));
                }
            }

            _selections.Scatter(_risks, _costs);
            life.Commit(new RoutedChunk(frames, k, _experts, _weights, _risks, _costs), _after.AsSpan(0, n));
        }
    }
}
