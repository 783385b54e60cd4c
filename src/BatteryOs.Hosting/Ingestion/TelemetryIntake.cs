using System.Buffers;
using BatteryOs.Grains;
using BatteryOs.Model.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BatteryOs.Hosting.Ingestion;

/// <summary>
/// The checks every ingested payload passes before any of it may reach a pack: size, topic or pack id,
/// JSON shape, and each frame's seq, timestamp and values. A rejection is counted and logged (by
/// <see cref="RejectLog"/>) here, once, and nothing of the payload goes further.
/// </summary>
public sealed class TelemetryIntake(
    RejectLog rejects,
    IOptions<IngestionOptions> options,
    [FromKeyedServices(IngestionClock.ServiceKey)] TimeProvider time)
{
    /// <summary>The source name of MQTT input in logs.</summary>
    public const string Mqtt = "mqtt";

    /// <summary>The source name of HTTP input in logs.</summary>
    public const string Http = "http";

    private readonly IngestionOptions _options = options.Value;

    /// <summary>Checks one MQTT message; returns null with its pack and frame, or the (counted) problem.</summary>
    public FrameProblem? ReadMqtt(string topic, in ReadOnlySequence<byte> payload, out long packId,
        out SequencedFrame frame)
    {
        frame = default;
        var problem = TelemetryTopic.Parse(topic, out packId);
        if (problem is null && payload.Length > _options.MaxMqttPayloadBytes)
        {
            problem = new FrameProblem(RejectReason.Oversize,
                $"the payload has {payload.Length} bytes; the limit is {_options.MaxMqttPayloadBytes}");
        }

        if (problem is null)
        {
            var json = payload.IsSingleSegment ? payload.FirstSpan : payload.ToArray();
            problem = TelemetryJson.ReadFrame(json, out frame)
                ?? SequencedFrameLimits.Problem(frame, NowMs, MaxAheadMs);
        }

        if (problem is not null)
        {
            rejects.Reject(Mqtt, packId, problem);
        }

        return problem;
    }

    /// <summary>
    /// Checks an HTTP batch for <paramref name="packId"/>; returns null with its frames in
    /// <paramref name="frames"/>, or the (counted) problem. One bad frame rejects the whole batch.
    /// </summary>
    public FrameProblem? ReadHttp(long packId, ReadOnlySpan<byte> body, List<SequencedFrame> frames)
    {
        var problem = TelemetryJson.ReadBatch(body, _options.MaxFramesPerRequest, frames);
        var now = NowMs;
        for (var i = 0; problem is null && i < frames.Count; i++)
        {
            if (SequencedFrameLimits.Problem(frames[i], now, MaxAheadMs) is { } bad)
            {
                problem = bad with { Detail = $"frame {i}: {bad.Detail}" };
            }
        }

        if (problem is not null)
        {
            Reject(Http, packId, problem, Math.Max(1, frames.Count));
        }

        return problem;
    }

    /// <summary>Counts and logs a rejection found elsewhere (an HTTP key, size or id).</summary>
    public void Reject(string source, long packId, FrameProblem problem, long frames = 1) =>
        rejects.Reject(source, packId, problem, frames);

    private long NowMs => time.GetUtcNow().ToUnixTimeMilliseconds();

    private long MaxAheadMs => (long)_options.MaxClockSkew.TotalMilliseconds;
}
