using System.Text;
using Orleans.Storage;

namespace BatteryOs.Hosting.Postgres;

/// <summary>
/// The key columns of one grain's row in OrleansStorage, derived from the grain id exactly as Orleans' ADO.NET
/// provider derives the parameters of its own queries, so that rows either of them writes are the same rows.
/// </summary>
/// <remarks>
/// A GUID key fills GrainIdN0 and GrainIdN1 with its two halves, an integer key fills GrainIdN1; either may carry
/// a key extension. Any other key is stored whole in GrainIdExtensionString with both numbers 0. GrainIdHash is
/// the configured hasher applied to the key's bytes (the GUID's or the integer's little-endian bytes, then the
/// extension's UTF-8 bytes, all reversed on a little-endian machine); GrainTypeHash hashes the state name's UTF-8.
/// </remarks>
internal readonly record struct StoredGrainKey(
    int GrainIdHash,
    long GrainIdN0,
    long GrainIdN1,
    int GrainTypeHash,
    string GrainTypeString,
    string? GrainIdExtensionString)
{
    /// <summary>
    /// Whether a state name is stored as it is. Orleans' provider rewrites names of generic types (with a
    /// backtick); the batching storage leaves those to it.
    /// </summary>
    public static bool StoresNameVerbatim(string stateName) => !stateName.Contains('`', StringComparison.Ordinal);

    /// <summary>The key of the row holding <paramref name="grainState"/> of <paramref name="grainId"/>.</summary>
    public static StoredGrainKey Of<T>(IStorageHasherPicker hashers, string serviceId, string providerName,
        string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        long n0 = 0;
        long n1 = 0;
        string? extension;
        byte[] hashed;
        if (grainId.TryGetGuidKey(out var guid, out extension))
        {
            var guidBytes = guid.ToByteArray();
            n0 = BitConverter.ToInt64(guidBytes, 0);
            n1 = BitConverter.ToInt64(guidBytes, 8);
            hashed = WithExtension(guidBytes, extension);
        }
        else if (grainId.TryGetIntegerKey(out var integer, out extension))
        {
            n1 = integer;
            hashed = WithExtension(BitConverter.GetBytes(integer), extension);
        }
        else
        {
            extension = grainId.Key.ToString();
            hashed = Encoding.UTF8.GetBytes(extension);
        }

        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(hashed);
        }

        var hasher = hashers.PickHasher(serviceId, providerName, stateName, grainId, grainState)
            ?? throw new InvalidOperationException($"The storage hasher picker gave no hasher for '{stateName}'.");
        return new StoredGrainKey(hasher.Hash(hashed), n0, n1, hasher.Hash(Encoding.UTF8.GetBytes(stateName)),
            stateName, extension);
    }

    private static byte[] WithExtension(byte[] keyBytes, string? extension) =>
        extension is null ? keyBytes : [.. keyBytes, .. Encoding.UTF8.GetBytes(extension)];
}
