using BatteryOs.Cli.Silo;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace BatteryOs.Cli.Load;

/// <summary>
/// Publishes a load run's messages at QoS 1 with a bounded number awaiting the broker's acknowledgement,
/// and counts the publishes the broker refused or could not route to any subscriber.
/// </summary>
internal sealed class LoadPublisher : IAsyncDisposable
{
    private readonly IMqttClient _client;
    private readonly SemaphoreSlim _slots;
    private readonly int _inFlight;
    private long _failed;
    private long _unrouted;
    private string? _firstFailure;

    private LoadPublisher(IMqttClient client, int inFlight)
    {
        _client = client;
        _inFlight = inFlight;
        _slots = new SemaphoreSlim(inFlight);
    }

    /// <summary>Publishes the broker refused (or that failed to send), in all.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Publishes the broker acknowledged but no subscriber wanted (no silo subscribed).</summary>
    public long Unrouted => Interlocked.Read(ref _unrouted);

    /// <summary>The first failure's description, if any.</summary>
    public string? FirstFailure => _firstFailure;

    /// <summary>Connects a publisher to the broker.</summary>
    public static async Task<LoadPublisher> ConnectAsync(MqttEndpoint broker, string? username, string? password,
        int inFlight, CancellationToken cancellationToken)
    {
        var factory = new MqttClientFactory();
        var client = factory.CreateMqttClient();
        var options = factory.CreateClientOptionsBuilder()
            .WithTcpServer(broker.Host, broker.Port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId($"batteryos-load-{Guid.NewGuid():N}")
            .WithCleanStart(true)
            .WithTimeout(TimeSpan.FromSeconds(10));
        if (username is not null)
        {
            options = options.WithCredentials(username, password ?? "");
        }

        try
        {
            await client.ConnectAsync(options.Build(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            client.Dispose();
            throw new UsageException($"cannot publish to the MQTT broker at {broker}: {ex.Message}");
        }

        return new LoadPublisher(client, inFlight);
    }

    /// <summary>Starts publishing one message once fewer than the limit await acknowledgement.</summary>
    public async Task PublishAsync(string topic, byte[] payload, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        var message = new MqttApplicationMessage
        {
            Topic = topic,
            Payload = new System.Buffers.ReadOnlySequence<byte>(payload),
            QualityOfServiceLevel = MqttQualityOfServiceLevel.AtLeastOnce,
        };
        _ = SendAsync(message, cancellationToken);
    }

    /// <summary>Waits until every publish has been acknowledged (or failed).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < _inFlight; i++)
        {
            await _slots.WaitAsync(cancellationToken);
        }

        _slots.Release(_inFlight);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None);
        }

        _client.Dispose();
        _slots.Dispose();
    }

    private async Task SendAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _client.PublishAsync(message, cancellationToken);
            if (result.ReasonCode == MqttClientPublishReasonCode.NoMatchingSubscribers)
            {
                Interlocked.Increment(ref _unrouted);
            }
            else if (!result.IsSuccess)
            {
                Fail($"the broker answered {result.ReasonCode}");
            }
        }
        catch (Exception ex)
        {
            Fail($"{ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            _slots.Release();
        }
    }

    private void Fail(string description)
    {
        Interlocked.Increment(ref _failed);
        Interlocked.CompareExchange(ref _firstFailure, description, null);
    }
}
