using System.Globalization;
using BatteryOs.Model.Ingestion;

namespace BatteryOs.Hosting.Ingestion;

/// <summary>
/// Pack ids as they appear in topics and URLs: a non-negative whole number in plain decimal, without a
/// sign or leading zeros, so every pack has exactly one spelling.
/// </summary>
public static class PackIds
{
    /// <summary>Reads a pack id; returns null and the id, or the problem.</summary>
    public static FrameProblem? Parse(ReadOnlySpan<char> text, out long packId)
    {
        packId = -1;
        var canonical = text.Length is > 0 and <= 19 && (text.Length == 1 || text[0] != '0')
            && !text.ContainsAnyExceptInRange('0', '9');
        if (!canonical || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out packId))
        {
            packId = -1;
            var shown = text.Length <= 40 ? text.ToString() : $"{text[..40]}...";
            return new FrameProblem(RejectReason.BadPackId,
                $"pack id '{shown}' is not a non-negative whole number (digits only, no leading zeros)");
        }

        return null;
    }
}
