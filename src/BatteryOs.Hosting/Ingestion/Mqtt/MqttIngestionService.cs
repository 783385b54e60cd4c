using MQTTnet;
using MQTTnet.Protocol;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BatteryOs.Hosting.Ingestion.Mqtt;

/// <summary>
/// Subscribes this silo to every pack's telemetry topic through the cluster's MQTT 5 shared subscription
/// (QoS 1), checks each message (<see cref="TelemetryIntake"/>) and hands valid frames to the
/// <see cref="PackFrameBatcher"/>. A message is acknowledged once its pack has taken it, or at once when
/// it is rejected; a stop hands every received frame to its pack before disconnecting. A failed first
/// connection fails the silo's start; later drops reconnect with backoff (with a session kept by
/// <see cref="MqttOptions.SessionExpiry"/>, unacknowledged messages come again and packs ignore them).
/// </summary>
public sealed partial class MqttIngestionService(
    IOptions<MqttOptions> options,
    TelemetryIntake intake,
    PackFrameBatcher batcher,
    MqttClientIdentity identity,
    ILogger<MqttIngestionService> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(30);
    private readonly MqttOptions _options = options.Value;
    private readonly MqttClientFactory _factory = new();
    private IMqttClient? _client;
    private volatile bool _stopping;
    private int _reconnecting;

    /// <summary>The subscribed topic filter.</summary>
    public string Filter => TelemetryTopic.SharedFilter(_options.SharedGroup);

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _client = _factory.CreateMqttClient();
        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
        await ConnectAsync(_client, cancellationToken);
        _client.DisconnectedAsync += OnDisconnectedAsync;
        batcher.Start();
        LogSubscribed(_options.Endpoint, Filter, identity.ClientId);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        await batcher.DrainAsync(cancellationToken);
        if (_client is { IsConnected: true })
        {
            var disconnect = _factory.CreateClientDisconnectOptionsBuilder()
                .WithReason(MqttClientDisconnectOptionsReason.NormalDisconnection).Build();
            await _client.DisconnectAsync(disconnect, cancellationToken);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stopping = true;
        _client?.Dispose();
    }

    private Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        e.AutoAcknowledge = false;
        var message = e.ApplicationMessage;
        if (intake.ReadMqtt(message.Topic, message.Payload, out var packId, out var frame) is not null)
        {
            return e.AcknowledgeAsync(CancellationToken.None);
        }

        batcher.Add(packId, frame, e.AcknowledgeAsync);
        return Task.CompletedTask;
    }

    private async Task ConnectAsync(IMqttClient client, CancellationToken cancellationToken)
    {
        var builder = _factory.CreateClientOptionsBuilder()
            .WithTcpServer(_options.Host, _options.Port)
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .WithClientId(identity.ClientId)
            .WithCleanStart(_options.SessionExpiry == TimeSpan.Zero)
            .WithSessionExpiryInterval((uint)_options.SessionExpiry.TotalSeconds)
            .WithReceiveMaximum((ushort)_options.ReceiveMaximum)
            .WithTimeout(_options.ConnectTimeout);
        if (_options.Username is { } user)
        {
            builder = builder.WithCredentials(user, _options.Password ?? "");
        }

        try
        {
            await client.ConnectAsync(builder.Build(), cancellationToken);
            var subscribe = _factory.CreateSubscribeOptionsBuilder()
                .WithTopicFilter(f => f.WithTopic(Filter).WithAtLeastOnceQoS())
                .Build();
            var granted = await client.SubscribeAsync(subscribe, cancellationToken);
            var code = granted.Items.Single().ResultCode;
            if (code != MqttClientSubscribeResultCode.GrantedQoS1)
            {
                throw new MqttUnavailableException(
                    $"the MQTT broker at {_options.Endpoint} refused the subscription to {Filter}: {code}");
            }
        }
        catch (Exception ex) when (ex is not MqttUnavailableException and not OperationCanceledException)
        {
            throw new MqttUnavailableException(
                $"cannot use the MQTT broker at {_options.Endpoint}: {Describe(ex)}", ex);
        }
    }

    private Task OnDisconnectedAsync(MqttClientDisconnectedEventArgs e)
    {
        if (!_stopping && Interlocked.Exchange(ref _reconnecting, 1) == 0)
        {
            LogDisconnected(_options.Endpoint, e.Reason.ToString());
            _ = ReconnectAsync();
        }

        return Task.CompletedTask;
    }

    private async Task ReconnectAsync()
    {
        var delay = TimeSpan.FromMilliseconds(500);
        try
        {
            while (!_stopping)
            {
                await Task.Delay(delay);
                try
                {
                    await ConnectAsync(_client!, CancellationToken.None);
                    LogReconnected(_options.Endpoint);
                    return;
                }
                catch (MqttUnavailableException ex)
                {
                    LogReconnectFailed(_options.Endpoint, ex.Message);
                    delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxReconnectDelay.Ticks));
                }
            }
        }
        finally
        {
            Interlocked.Exchange(ref _reconnecting, 0);
        }
    }

    // The innermost message says what failed (refused connection, bad credentials) without the secrets.
    private static string Describe(Exception error)
    {
        var inner = error;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return inner == error ? error.Message : $"{error.Message} ({inner.Message})";
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information,
        Message = "Taking telemetry from MQTT broker {Endpoint} on {Filter} as client {ClientId}")]
    private partial void LogSubscribed(string endpoint, string filter, string clientId);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning,
        Message = "Lost the MQTT broker {Endpoint} ({Reason}); reconnecting")]
    private partial void LogDisconnected(string endpoint, string reason);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Information, Message = "Reconnected to MQTT broker {Endpoint}")]
    private partial void LogReconnected(string endpoint);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Warning, Message = "Reconnecting to {Endpoint} failed: {Error}")]
    private partial void LogReconnectFailed(string endpoint, string error);
}
