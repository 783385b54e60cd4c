using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace BatteryOs.Hosting;

/// <summary>
/// Lets storage errors travel between silos and clients. Orleans serializes only exceptions from the
/// namespaces it is told to; a PostgreSQL error (namespace Npgsql) inside a failed grain call could not be
/// sent back, so the caller got no answer at all and waited out its response timeout before retrying, which
/// turned a database restart into minutes of stalled calls. With it, the caller sees the error at once.
/// </summary>
public static class StorageErrorSerialization
{
    /// <summary>The exception namespaces added to Orleans' defaults (Microsoft, System, Azure).</summary>
    public static readonly string[] NamespacePrefixes = ["Npgsql"];

    /// <summary>Adds <see cref="NamespacePrefixes"/> to the exception serializer of a silo or client.</summary>
    public static IServiceCollection AddStorageErrorSerialization(this IServiceCollection services) =>
        services.Configure<ExceptionSerializationOptions>(options =>
        {
            foreach (var prefix in NamespacePrefixes)
            {
                options.SupportedNamespacePrefixes.Add(prefix);
            }
        });
}
