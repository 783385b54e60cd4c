using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace BatteryOs.Hosting.Ingestion;

/// <summary>Checks an HTTP request's <c>Authorization: Bearer KEY</c> against the configured API key.</summary>
public sealed class ApiKeyCheck(IOptions<IngestionOptions> options)
{
    private const string Scheme = "Bearer ";

    // Comparing digests in fixed time tells a caller nothing about the key, not even its length.
    private readonly byte[]? _digest = options.Value.ApiKey is { } key ? Digest(key) : null;

    /// <summary>True when a key is configured at all.</summary>
    public bool IsConfigured => _digest is not null;

    /// <summary>True when <paramref name="authorization"/> carries the configured key.</summary>
    public bool Allows(string? authorization)
    {
        if (_digest is null || authorization is null
            || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(_digest, Digest(authorization[Scheme.Length..].Trim()));
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
