using BatteryOs.Model.Telemetry;
using nietras.SeparatedValues;

namespace BatteryOs.Cli.Replay;

/// <summary>
/// Reads telemetry CSV with the header <c>temperature_c,current_a,voltage_sag_v</c>, one cycle per
/// row. Every row is checked before any is used; the first problem is reported with its line.
/// </summary>
internal static class TelemetryCsv
{
    /// <summary>The required columns, in order.</summary>
    public static readonly string[] Columns = ["temperature_c", "current_a", "voltage_sag_v"];

    /// <summary>Reads and validates the whole file.</summary>
    /// <exception cref="UsageException">The file is missing, malformed, or holds an invalid value.</exception>
    public static TelemetryFrame[] Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"telemetry file '{path}' does not exist");
        }

        try
        {
            // Column counts are checked here, per row, to name the line in the message.
            using var reader = Sep.New(',')
                .Reader(o => o with { Unescape = true, DisableColCountCheck = true })
                .FromFile(path);
            CheckHeader(path, reader.Header.ColNames);
            var frames = new List<TelemetryFrame>();
            foreach (var row in reader)
            {
                // Line numbers are 1-based and the header is line 1.
                var line = row.LineNumberFrom;
                if (row.ColCount != Columns.Length)
                {
                    throw new UsageException(
                        $"{path} line {line}: expected {Columns.Length} values, found {row.ColCount}");
                }

                var frame = new TelemetryFrame(
                    Value(row, 0, path, line), Value(row, 1, path, line), Value(row, 2, path, line));
                if (TelemetryLimits.Problem(frame) is { } problem)
                {
                    throw new UsageException($"{path} line {line}: {problem}");
                }

                frames.Add(frame);
            }

            return frames.Count > 0 ? [.. frames] : throw new UsageException($"{path} holds no telemetry rows");
        }
        catch (InvalidDataException ex)
        {
            throw new UsageException($"{path} is not valid CSV: {ex.Message}");
        }
    }

    private static void CheckHeader(string path, IReadOnlyList<string> names)
    {
        if (!names.SequenceEqual(Columns, StringComparer.Ordinal))
        {
            throw new UsageException(
                $"{path} header is '{string.Join(',', names)}'; expected '{string.Join(',', Columns)}'");
        }
    }

    private static double Value(SepReader.Row row, int column, string path, int line)
    {
        var text = row[column].Span.Trim();
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            throw new UsageException($"{path} line {line}: {Columns[column]} '{text}' is not a number");
        }

        return value;
    }
}
