using System.Buffers;
using System.Text;
using BatteryOs.Hosting.Ingestion;
using BatteryOs.Model.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace BatteryOs.Hosting.Tests.Ingestion;

/// <summary>The checks an MQTT message passes on a silo; a rejected one is counted once and goes no further.</summary>
[Collection(ApiSiloCollection.Name)]
public sealed class MqttIntakeTests(ApiSiloFixture fixture)
{
    private const string Valid =
        """{"seq": 17, "timestamp": "2026-12-03T10:00:00Z", "temperatureC": 31.2, """ +
        """ "currentA": 12.5, "voltageSagV": 0.21}""";

    private TelemetryIntake Intake => fixture.Silo.Services.GetRequiredService<TelemetryIntake>();

    [Fact]
    public void A_valid_message_names_its_pack_and_frame()
    {
        var problem = Intake.ReadMqtt("batteryos/packs/12/telemetry", Payload(Valid), out var packId, out var frame);

        Assert.Null(problem);
        Assert.Equal(12, packId);
        Assert.Equal(17, frame.Seq);
    }

    [Theory]
    [InlineData("batteryos/packs/12/telemetry/raw", Valid, RejectReason.BadTopic)]
    [InlineData("batteryos/packs/-12/telemetry", Valid, RejectReason.BadPackId)]
    [InlineData("batteryos/packs/twelve/telemetry", Valid, RejectReason.BadPackId)]
    [InlineData("batteryos/packs/12/telemetry", "{\"seq\": 17,", RejectReason.MalformedJson)]
    [InlineData("batteryos/packs/12/telemetry", "[" + Valid + "]", RejectReason.WrongType)]
    [InlineData("batteryos/packs/12/telemetry", "{\"seq\": 17}", RejectReason.MissingField)]
    public void A_bad_message_is_rejected_and_counted_once(string topic, string payload, RejectReason reason)
    {
        var before = fixture.Silo.Instruments.Snapshot();

        var problem = Intake.ReadMqtt(topic, Payload(payload), out _, out _);

        Assert.Equal(reason, problem?.Reason);
        var after = fixture.Silo.Instruments.Snapshot();
        Assert.Equal(1, after.RejectedFor(reason) - before.RejectedFor(reason));
        Assert.Equal(1, after.RejectedTotal - before.RejectedTotal);
        Assert.Equal(before.Accepted, after.Accepted);
    }

    [Fact]
    public void A_message_over_the_mqtt_limit_is_oversize()
    {
        var note = new string('x', new IngestionOptions().MaxMqttPayloadBytes);
        var padded = Valid.Replace("}", $", \"note\": \"{note}\"}}");

        var problem = Intake.ReadMqtt("batteryos/packs/12/telemetry", Payload(padded), out _, out _);

        Assert.Equal(RejectReason.Oversize, problem?.Reason);
    }

    [Fact]
    public void A_payload_split_over_segments_reads_like_one()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid);
        var first = new Segment(bytes.AsMemory(0, 10));
        var last = first.Append(bytes.AsMemory(10));

        var problem = Intake.ReadMqtt("batteryos/packs/3/telemetry", new ReadOnlySequence<byte>(first, 0, last,
            last.Memory.Length), out var packId, out var frame);

        Assert.Null(problem);
        Assert.Equal(3, packId);
        Assert.Equal(0.21, frame.Frame.VoltageSagV);
    }

    private static ReadOnlySequence<byte> Payload(string json) => new(Encoding.UTF8.GetBytes(json));

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
