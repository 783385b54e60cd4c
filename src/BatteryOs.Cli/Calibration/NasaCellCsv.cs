using System.Globalization;
using BatteryOs.Model.Physics;
using BatteryOs.Model.Physics.Calibration;
using nietras.SeparatedValues;

namespace BatteryOs.Cli.Calibration;

/// <summary>
/// Reads one cell of the NASA PCoE aging data (one row per discharge cycle) into a
/// <see cref="CellHistory"/>: the chamber temperature, the mean discharge current as a C-rate of the rated
/// capacity, and the hours since the previous discharge split into the cycle's duration (at most the
/// cell's median gap) and a rest beyond it (spent discharged: negligible SEI growth, but the recoverable
/// deficit returns).
/// </summary>
internal static class NasaCellCsv
{
    private const string Cycle = "cycle", Elapsed = "elapsed_h", Ambient = "ambient_temp_C";
    private const string Capacity = "capacity_ah", Current = "mean_current_A", Drop = "load_step_drop_V";

    /// <summary>The columns a cell file must have.</summary>
    public static readonly string[] RequiredColumns = [Cycle, Elapsed, Ambient, Capacity, Current];

    /// <summary>Reads and checks a whole cell file.</summary>
    /// <exception cref="UsageException">The file is missing, malformed, or holds no usable cycle.</exception>
    public static CellHistory Read(string path, double ratedCapacityAh)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"cell file '{path}' does not exist");
        }

        var rows = ReadRows(path);
        if (rows.Count == 0)
        {
            throw new UsageException($"{path} holds no cycle rows");
        }

        var gapHours = MedianGapHours(rows);
        var observations = new List<CycleObservation>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var gap = i == 0 ? gapHours : Math.Max(0.0, row.ElapsedH - rows[i - 1].ElapsedH);
            var conditions = new CycleConditions(row.AmbientC, row.CurrentA / ratedCapacityAh,
                NasaProtocol.ChargeCurrentA / ratedCapacityAh, NasaProtocol.DepthOfDischarge,
                Math.Min(gap, gapHours), NasaProtocol.HighSocFraction, NasaProtocol.ChargeEndSoc,
                Math.Max(0.0, gap - gapHours));
            observations.Add(new CycleObservation(row.Cycle, conditions, row.CapacityAh, row.CurrentA,
                row.DropV, false));
        }

        try
        {
            return new CellHistory(Path.GetFileNameWithoutExtension(path), observations);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"{path}: {ex.Message}");
        }
    }

    private static List<Row> ReadRows(string path)
    {
        try
        {
            using var reader = Sep.New(',')
                .Reader(o => o with { Unescape = true, DisableColCountCheck = true })
                .FromFile(path);
            var names = reader.Header.ColNames;
            var missing = RequiredColumns.FirstOrDefault(c => !names.Contains(c, StringComparer.Ordinal));
            if (missing is not null)
            {
                throw new UsageException($"{path} lacks the column '{missing}'");
            }

            int Index(string name) => names.ToList().IndexOf(name);
            var (cycle, elapsed, ambient) = (Index(Cycle), Index(Elapsed), Index(Ambient));
            var (capacity, current, drop) = (Index(Capacity), Index(Current), Index(Drop));
            var rows = new List<Row>();
            foreach (var row in reader)
            {
                var line = row.LineNumberFrom;
                if (row.ColCount != names.Count)
                {
                    throw new UsageException(
                        $"{path} line {line}: expected {names.Count} values, found {row.ColCount}");
                }

                var number = Number(row, cycle, path, line, Cycle);
                if (number < 1 || number != Math.Floor(number))
                {
                    throw new UsageException($"{path} line {line}: {Cycle} '{number}' is not a cycle number");
                }

                rows.Add(new Row((int)number, Number(row, elapsed, path, line, Elapsed),
                    Number(row, ambient, path, line, Ambient), Number(row, capacity, path, line, Capacity),
                    Number(row, current, path, line, Current),
                    drop < 0 ? double.NaN : Optional(row, drop, path, line, Drop)));
            }

            return rows;
        }
        catch (InvalidDataException ex)
        {
            throw new UsageException($"{path} is not valid CSV: {ex.Message}");
        }
    }

    private static double MedianGapHours(List<Row> rows)
    {
        var gaps = rows.Zip(rows.Skip(1), (a, b) => b.ElapsedH - a.ElapsedH).Where(g => g > 0).Order().ToArray();
        return gaps.Length == 0 ? 1.0 : gaps[gaps.Length / 2];
    }

    private static double Number(SepReader.Row row, int column, string path, int line, string name)
    {
        var text = row[column].Span.Trim();
        if (text.IsEmpty)
        {
            throw new UsageException($"{path} line {line}: {name} is empty");
        }

        return Parse(text, path, line, name);
    }

    private static double Optional(SepReader.Row row, int column, string path, int line, string name)
    {
        var text = row[column].Span.Trim();
        return text.IsEmpty ? double.NaN : Parse(text, path, line, name);
    }

    private static double Parse(ReadOnlySpan<char> text, string path, int line, string name) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new UsageException($"{path} line {line}: {name} '{text}' is not a number");

    private readonly record struct Row(
        int Cycle, double ElapsedH, double AmbientC, double CapacityAh, double CurrentA, double DropV);
}
