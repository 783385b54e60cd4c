using BatteryOs.Hosting.Ingestion;
using Microsoft.Extensions.Options;

namespace BatteryOs.Hosting.Tests.Ingestion;

/// <summary>Ingestion settings are checked when a silo starts, with a message naming the setting.</summary>
public sealed class IngestionOptionsTests
{
    [Theory]
    [InlineData("Ingestion:ApiKey", "too-short", "Ingestion:ApiKey must be at least 16 characters")]
    [InlineData("Ingestion:MaxHttpPayloadBytes", "10", "MaxHttpPayloadBytes")]
    [InlineData("Mqtt:SharedGroup", "a/b", "SharedGroup")]
    public async Task A_silo_with_a_bad_setting_does_not_start(string key, string value, string message)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            ApiSilo.StartAsync(settings: new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(message, string.Join("; ", error.Failures));
        Assert.DoesNotContain("too-short", error.Message);
    }

    [Fact]
    public void Secrets_are_redacted_when_options_are_printed()
    {
        var text = new IngestionOptions { ApiKey = "secret-key-0123456789" }.ToString()
            + new MqttOptions { Host = "127.0.0.1", Username = "silo", Password = "pw-0123" };

        Assert.DoesNotContain("secret-key-0123456789", text);
        Assert.DoesNotContain("pw-0123", text);
        Assert.Contains("***", text);
    }
}
