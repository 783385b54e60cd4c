using System.Runtime.CompilerServices;

namespace BatteryOs.Model.Gating;

/// <summary>Picks the k largest scores, largest first, ties to the lower index.</summary>
public static class TopK
{
    /// <summary>The most scores one selection accepts.</summary>
    public const int MaxScores = 64;

    /// <summary>Writes the indices and values of the k largest entries of <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Select(ReadOnlySpan<double> scores, int k, Span<byte> indicesOut, Span<double> valuesOut)
    {
        if (scores.Length > MaxScores)
        {
            throw new ArgumentException($"At most {MaxScores} scores are supported.", nameof(scores));
        }

        if (k < 1 || k > scores.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be between 1 and {scores.Length}.");
        }

        // Insertion into a sorted list of the best k so far: k and the expert count are single digits,
        // so this beats a sort. A later score displaces an equal one never, which keeps ties stable.
        var filled = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var score = scores[i];
            if (filled == k && score <= valuesOut[k - 1])
            {
                continue;
            }

            var slot = filled < k ? filled++ : k - 1;
            while (slot > 0 && valuesOut[slot - 1] < score)
            {
                valuesOut[slot] = valuesOut[slot - 1];
                indicesOut[slot] = indicesOut[slot - 1];
                slot--;
            }

            valuesOut[slot] = score;
            indicesOut[slot] = (byte)i;
        }
    }
}
