namespace BatteryOs.Model.Gating;

/// <summary>Picks the k largest scores, largest first, ties to the lower index.</summary>
public static class TopK
{
    /// <summary>Writes the indices and values of the k largest entries of <paramref name="scores"/>.</summary>
    public static void Select(ReadOnlySpan<double> scores, int k, Span<byte> indicesOut, Span<double> valuesOut)
    {
        if (scores.Length > 64)
        {
            throw new ArgumentException("At most 64 scores are supported.", nameof(scores));
        }

        if (k < 1 || k > scores.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be between 1 and {scores.Length}.");
        }

        // Selection by repeated scans: k and the expert count are single digits, so this beats a sort.
        var taken = 0UL;
        for (var j = 0; j < k; j++)
        {
            var best = -1;
            for (var i = 0; i < scores.Length; i++)
            {
                if ((taken & (1UL << i)) == 0 && (best < 0 || scores[i] > scores[best]))
                {
                    best = i;
                }
            }

            taken |= 1UL << best;
            indicesOut[j] = (byte)best;
            valuesOut[j] = scores[best];
        }
    }
}
