using BatteryOs.Model.Ingestion;

namespace BatteryOs.Hosting.Ingestion;

/// <summary>The MQTT topics telemetry arrives on: <c>batteryos/packs/{packId}/telemetry</c>.</summary>
public static class TelemetryTopic
{
    /// <summary>The topic filter matching every pack's telemetry.</summary>
    public const string Filter = "batteryos/packs/+/telemetry";

    private const string Prefix = "batteryos/packs/";
    private const string Suffix = "/telemetry";

    /// <summary>The topic a pack's BMS publishes on.</summary>
    public static string For(long packId) => $"{Prefix}{packId}{Suffix}";

    /// <summary>
    /// The MQTT 5 shared subscription of a group of silos: the broker hands each message to one of them.
    /// </summary>
    public static string SharedFilter(string group) => $"$share/{group}/{Filter}";

    /// <summary>Reads the pack id from a topic; returns null and the id, or the problem.</summary>
    public static FrameProblem? Parse(string topic, out long packId)
    {
        packId = -1;
        if (!topic.StartsWith(Prefix, StringComparison.Ordinal) || !topic.EndsWith(Suffix, StringComparison.Ordinal)
            || topic.Length < Prefix.Length + Suffix.Length)
        {
            var shown = topic.Length <= 80 ? topic : $"{topic[..80]}...";
            return new FrameProblem(RejectReason.BadTopic, $"topic '{shown}' is not {Prefix}{{packId}}{Suffix}");
        }

        var id = topic.AsSpan(Prefix.Length, topic.Length - Prefix.Length - Suffix.Length);
        if (id.Contains('/'))
        {
            return new FrameProblem(RejectReason.BadTopic, $"topic '{topic}' has more levels than {Filter}");
        }

        return PackIds.Parse(id, out packId);
    }
}
