using System.Collections.Concurrent;
using System.Diagnostics;
using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Grains.Metrics;
using BatteryOs.Grains.Routing;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;
using Microsoft.Extensions.Options;

namespace BatteryOs.Grains.Packs;

/// <summary>
/// Shares router and expert calls between the packs of a silo. A pack submits a chunk of frames with its
/// condition before each; submissions under the same model gather until they hold
/// <see cref="RoutingOptions.CoalesceFrames"/> frames or the first has waited
/// <see cref="RoutingOptions.CoalesceDelay"/>, and then go as one router call and one call per chosen expert.
/// A chunk of half the threshold or more (a simulation's 1,000 cycles) goes at once on its own; smaller ones (200
/// cycles, ingested frames a pack or two at a time) share the calls that would otherwise cost more than their
/// arithmetic. Each pack still gets exactly the answer it would have got alone: routing and experts work frame
/// by frame, and expert capacity applies to each pack's chunk.
/// </summary>
public sealed class MixtureCoalescer
{
    private readonly IRouterGrain _router;
    private readonly IExpertGrain[] _experts;
    private readonly RoutingOptions _options;
    private readonly SimulationInstruments _instruments;
    private readonly object _lock = new();
    private readonly Dictionary<string, Gathering> _gathering = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<ExpertSelections> _selections = [];

    /// <summary>A coalescer over the silo's router and expert grains.</summary>
    public MixtureCoalescer(IGrainFactory grains, IOptions<RoutingOptions> options, SimulationInstruments instruments)
    {
        _instruments = instruments;
        _router = grains.GetGrain<IRouterGrain>(0);
        _experts = [.. ExpertGrainIds.All().Select(id => grains.GetGrain<IExpertGrain>(id))];
        _options = options.Value;
    }

    /// <summary>
    /// Routes and assesses frames [0, <paramref name="count"/>) of <paramref name="frames"/>, frame i running
    /// from <paramref name="before"/>[i] under <paramref name="model"/>. The arrays must stay unchanged until
    /// the answer arrives; the caller disposes the answer.
    /// </summary>
    internal Task<MixtureAnswer> Submit(string model, TelemetryFrame[] frames, PackCondition[] before, int count)
    {
        var submission = new Submission(frames, before, count);
        if (count >= _options.CoalesceFrames / 2)
        {
            // Half a batch or more already spreads its calls over enough frames: waiting for a partner and copying
            // both into one batch would cost more than the calls it saves.
            _ = FlushAloneAsync(model, submission);
            return submission.Answer.Task;
        }

        List<Submission>? full = null;
        lock (_lock)
        {
            if (!_gathering.TryGetValue(model, out var gathering))
            {
                gathering = new Gathering();
                _gathering[model] = gathering;
            }

            gathering.Add(submission);
            if (gathering.Frames >= _options.CoalesceFrames)
            {
                full = gathering.Take();
            }
            else if (gathering.Submissions.Count == 1)
            {
                _ = FlushLaterAsync(model, gathering.Generation);
            }
        }

        if (full is not null)
        {
            // The calls continue off the submitting grain's turn (ConfigureAwait(false)): they belong to no one pack.
            // Every gathered chunk is under half the threshold, so a full gathering holds several.
            _ = FlushAsync(model, full);
        }

        return submission.Answer.Task;
    }

    private async Task FlushLaterAsync(string model, long generation)
    {
        await Task.Delay(_options.CoalesceDelay).ConfigureAwait(false);
        List<Submission>? due = null;
        lock (_lock)
        {
            if (_gathering.TryGetValue(model, out var gathering) && gathering.Generation == generation)
            {
                due = gathering.Take();
            }
        }

        if (due is { Count: 1 })
        {
            await FlushAloneAsync(model, due[0]).ConfigureAwait(false);
        }
        else if (due is { Count: > 1 })
        {
            await FlushAsync(model, due).ConfigureAwait(false);
        }
    }

    /// <summary>One submission on its own: routed from its own arrays, answered in the routing's arrays.</summary>
    private async Task FlushAloneAsync(string model, Submission alone)
    {
        var selections = _selections.TryTake(out var pooled) ? pooled : new ExpertSelections(ExpertCatalog.Count);
        RoutingBatch? routing = null;
        double[]? risks = null, costs = null;
        try
        {
            routing = await _router.Route(new RouteRequest(new FrameBatch(alone.Frames, alone.Count), alone.Before,
                model, [alone.Count])).ConfigureAwait(false);
            risks = BatchBuffers.Rent<double>(alone.Count * routing.K);
            costs = BatchBuffers.Rent<double>(alone.Count * routing.K);
            await AssessAsync(model, selections, routing, alone.Frames, alone.Before, risks, costs)
                .ConfigureAwait(false);
            var answer = new MixtureAnswer(routing.Experts, routing.Weights, risks, costs, alone.Count, routing.K);
            (routing, risks, costs) = (null, null, null);
            if (!alone.Answer.TrySetResult(answer))
            {
                answer.Dispose();
            }
        }
        catch (Exception ex)
        {
            alone.Answer.TrySetException(ex);
        }
        finally
        {
            _selections.Add(selections);
            ReturnAll(routing, risks, costs);
        }
    }

    private static void ReturnAll(RoutingBatch? routing, double[]? risks, double[]? costs)
    {
        if (routing is not null)
        {
            BatchBuffers.Return(routing.Experts);
            BatchBuffers.Return(routing.Weights);
        }

        if (risks is not null)
        {
            BatchBuffers.Return(risks);
        }

        if (costs is not null)
        {
            BatchBuffers.Return(costs);
        }
    }

    private async Task FlushAsync(string model, List<Submission> due)
    {
        var total = due.Sum(s => s.Count);
        var frames = BatchBuffers.Rent<TelemetryFrame>(total);
        var before = BatchBuffers.Rent<PackCondition>(total);
        var selections = _selections.TryTake(out var pooled) ? pooled : new ExpertSelections(ExpertCatalog.Count);
        RoutingBatch? routing = null;
        try
        {
            var next = 0;
            foreach (var s in due)
            {
                s.Frames.AsSpan(0, s.Count).CopyTo(frames.AsSpan(next));
                s.Before.AsSpan(0, s.Count).CopyTo(before.AsSpan(next));
                next += s.Count;
            }

            routing = await _router.Route(new RouteRequest(new FrameBatch(frames, total), before, model,
                [.. due.Select(s => s.Count)])).ConfigureAwait(false);
            var k = routing.K;
            var risks = BatchBuffers.Rent<double>(total * k);
            var costs = BatchBuffers.Rent<double>(total * k);
            try
            {
                await AssessAsync(model, selections, routing, frames, before, risks, costs).ConfigureAwait(false);
                Answer(due, routing, risks, costs);
            }
            finally
            {
                BatchBuffers.Return(risks);
                BatchBuffers.Return(costs);
            }
        }
        catch (Exception ex)
        {
            foreach (var s in due)
            {
                s.Answer.TrySetException(ex);
            }
        }
        finally
        {
            _selections.Add(selections);
            BatchBuffers.Return(frames);
            BatchBuffers.Return(before);
            ReturnAll(routing, null, null);
        }
    }

    private async Task AssessAsync(string model, ExpertSelections selections, RoutingBatch routing,
        TelemetryFrame[] frames, PackCondition[] before, double[] risks, double[] costs)
    {
        var n = routing.FrameCount;
        selections.Group(routing.Experts.AsSpan(0, n * routing.K), routing.K, frames.AsSpan(0, n),
            before.AsSpan(0, n));

        // One call per chosen expert, all in flight together, then scatter the answers back.
        var calls = new Task<ExpertAnswer>?[_experts.Length];
        for (var e = 0; e < calls.Length; e++)
        {
            calls[e] = selections.Counts[e] > 0
                ? AssessTimed(e, new ExpertBatch(new FrameBatch(selections.FrameBuffer, selections.Counts[e],
                    selections.Offset(e)), selections.BeforeBuffer, model))
                : null;
        }

        for (var e = 0; e < calls.Length; e++)
        {
            if (calls[e] is { } call)
            {
                var answer = await call.ConfigureAwait(false);
                selections.Answer(e, answer.Risks.AsSpan(0, answer.Count),
                    answer.DegradationPct.AsSpan(0, answer.Count));
                BatchBuffers.Return(answer.Risks);
                BatchBuffers.Return(answer.DegradationPct);
            }
        }

        selections.Scatter(risks, costs);
    }

    private async Task<ExpertAnswer> AssessTimed(int expert, ExpertBatch batch)
    {
        var start = Stopwatch.GetTimestamp();
        var answer = await _experts[expert].Assess(batch).ConfigureAwait(false);
        _instruments.RecordExpertCall(expert, batch.Frames.Count, Stopwatch.GetElapsedTime(start));
        return answer;
    }

    private static void Answer(List<Submission> due, RoutingBatch routing, double[] risks, double[] costs)
    {
        var k = routing.K;
        var first = 0;
        foreach (var s in due)
        {
            var entries = s.Count * k;
            var answer = new MixtureAnswer(BatchBuffers.Rent<byte>(entries), BatchBuffers.Rent<double>(entries),
                BatchBuffers.Rent<double>(entries), BatchBuffers.Rent<double>(entries), s.Count, k);
            routing.Experts.AsSpan(first * k, entries).CopyTo(answer.Experts);
            routing.Weights.AsSpan(first * k, entries).CopyTo(answer.Weights);
            risks.AsSpan(first * k, entries).CopyTo(answer.Risks);
            costs.AsSpan(first * k, entries).CopyTo(answer.CostsPct);
            first += s.Count;
            if (!s.Answer.TrySetResult(answer))
            {
                answer.Dispose();
            }
        }
    }

    private sealed class Submission(TelemetryFrame[] frames, PackCondition[] before, int count)
    {
        public TelemetryFrame[] Frames { get; } = frames;

        public PackCondition[] Before { get; } = before;

        public int Count { get; } = count;

        public TaskCompletionSource<MixtureAnswer> Answer { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Gathering
    {
        public List<Submission> Submissions { get; private set; } = [];

        public int Frames { get; private set; }

        public long Generation { get; private set; }

        public void Add(Submission submission)
        {
            Submissions.Add(submission);
            Frames += submission.Count;
        }

        public List<Submission> Take()
        {
            var taken = Submissions;
            Submissions = [];
            Frames = 0;
            Generation++;
            return taken;
        }
    }
}
