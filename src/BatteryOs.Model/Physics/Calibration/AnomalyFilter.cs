namespace BatteryOs.Model.Physics.Calibration;

/// <summary>
/// Finds capacity rows that are faulty runs rather than aging points: a capacity of 0 (or not a
/// positive number), a capacity more than 4 % below the median of both its 3 previous and its 3 next
/// positive neighbours, and a first row more than 4 % away from the median of the next 3 either way
/// (a first discharge that did not follow the test's own charge).
/// </summary>
/// <remarks>
/// Requiring the drop against both sides keeps the last cycles before a long rest: the capacity
/// recovered by the rest makes the following cycles higher, which is real cell behaviour.
/// </remarks>
public static class AnomalyFilter
{
    /// <summary>Neighbours on each side whose median a row is compared with.</summary>
    public const int Neighbours = 3;

    /// <summary>Relative distance from the neighbours' median beyond which a row is anomalous.</summary>
    public const double Tolerance = 0.04;

    /// <summary>One flag per capacity: true when the row must not be fitted.</summary>
    public static bool[] Mark(IReadOnlyList<double> capacitiesAh)
    {
        var anomalous = new bool[capacitiesAh.Count];
        for (var i = 0; i < capacitiesAh.Count; i++)
        {
            var capacity = capacitiesAh[i];
            if (!(double.IsFinite(capacity) && capacity > 0))
            {
                anomalous[i] = true;
                continue;
            }

            var before = Median(capacitiesAh, i, -1);
            var after = Median(capacitiesAh, i, +1);
            if (before is null)
            {
                anomalous[i] = after is { } next && Math.Abs(capacity - next) > Tolerance * next;
            }
            else
            {
                var reference = after is { } next ? Math.Min(before.Value, next) : before.Value;
                anomalous[i] = capacity < (1.0 - Tolerance) * reference;
            }
        }

        return anomalous;
    }

    private static double? Median(IReadOnlyList<double> values, int index, int direction)
    {
        Span<double> found = stackalloc double[Neighbours];
        var count = 0;
        for (var j = index + direction; j >= 0 && j < values.Count && count < Neighbours; j += direction)
        {
            if (double.IsFinite(values[j]) && values[j] > 0)
            {
                found[count++] = values[j];
            }
        }

        if (count == 0)
        {
            return null;
        }

        var kept = found[..count];
        kept.Sort();
        return count % 2 == 1 ? kept[count / 2] : 0.5 * (kept[count / 2 - 1] + kept[count / 2]);
    }
}
