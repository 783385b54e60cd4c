using System.Buffers;

namespace BatteryOs.Grains;

/// <summary>
/// Pooled arrays for batches. A batch's receiver returns the arrays once it has folded them in, so
/// steady-state simulation allocates next to nothing per cycle.
/// </summary>
internal static class BatchBuffers
{
    /// <summary>Rents an array of at least <paramref name="minimumLength"/> entries.</summary>
    public static T[] Rent<T>(int minimumLength) => ArrayPool<T>.Shared.Rent(Math.Max(minimumLength, 16));

    /// <summary>
    /// Returns an array to the pool. Arrays that did not come from it (a deserialized copy of a remote
    /// answer) are left to the garbage collector instead.
    /// </summary>
    public static void Return<T>(T[] array)
    {
        if (array.Length >= 16 && (array.Length & (array.Length - 1)) == 0)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }
}
