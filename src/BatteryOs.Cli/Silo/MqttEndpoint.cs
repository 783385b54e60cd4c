using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace BatteryOs.Cli.Silo;

/// <summary>An MQTT broker given on the command line as <c>host:port</c>.</summary>
/// <param name="Host">Host name or address.</param>
/// <param name="Port">TCP port.</param>
internal sealed record MqttEndpoint(string Host, int Port)
{
    /// <summary>An option taking <c>host:port</c>.</summary>
    public static Option<MqttEndpoint?> Option(string description) => new("--mqtt")
    {
        Description = description,
        CustomParser = Parse,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Host}:{Port}";

    private static MqttEndpoint? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture,
                out var port) || port is < 1 or > 65535)
        {
            result.AddError($"--mqtt must be host:port with a port between 1 and 65535, not '{text}'.");
            return null;
        }

        return new MqttEndpoint(text[..colon].Trim('[', ']'), port);
    }
}
