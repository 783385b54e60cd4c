using BatteryOs.Hosting.Ingestion;
using BatteryOs.Model.Ingestion;

namespace BatteryOs.Hosting.Tests.Ingestion;

public sealed class TopicAndIdTests
{
    [Theory]
    [InlineData("batteryos/packs/0/telemetry", 0)]
    [InlineData("batteryos/packs/42/telemetry", 42)]
    [InlineData("batteryos/packs/9223372036854775807/telemetry", long.MaxValue)]
    public void Topics_of_the_pattern_name_their_pack(string topic, long packId)
    {
        Assert.Null(TelemetryTopic.Parse(topic, out var parsed));
        Assert.Equal(packId, parsed);
        Assert.Equal(topic, TelemetryTopic.For(packId));
    }

    [Theory]
    [InlineData("batteryos/packs/7/telemetry/extra", RejectReason.BadTopic)]
    [InlineData("batteryos/pack/7/telemetry", RejectReason.BadTopic)]
    [InlineData("batteryos/packs/7/status", RejectReason.BadTopic)]
    [InlineData("batteryos/packs/7/8/telemetry", RejectReason.BadTopic)]
    [InlineData("/batteryos/packs/7/telemetry", RejectReason.BadTopic)]
    [InlineData("batteryos/packs//telemetry", RejectReason.BadPackId)]
    [InlineData("batteryos/packs/-7/telemetry", RejectReason.BadPackId)]
    [InlineData("batteryos/packs/seven/telemetry", RejectReason.BadPackId)]
    [InlineData("batteryos/packs/07/telemetry", RejectReason.BadPackId)]
    [InlineData("batteryos/packs/+7/telemetry", RejectReason.BadPackId)]
    [InlineData("batteryos/packs/9223372036854775808/telemetry", RejectReason.BadPackId)]
    public void Topics_outside_the_pattern_and_bad_ids_are_rejected(string topic, RejectReason reason)
    {
        Assert.Equal(reason, TelemetryTopic.Parse(topic, out var packId)?.Reason);
        Assert.Equal(-1, packId);
    }

    [Fact]
    public void The_shared_subscription_names_its_group() =>
        Assert.Equal("$share/silos/batteryos/packs/+/telemetry", TelemetryTopic.SharedFilter("silos"));
}
