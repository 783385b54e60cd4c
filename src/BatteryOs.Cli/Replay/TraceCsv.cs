using System.Globalization;
using System.Text;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Cli.Replay;

/// <summary>
/// Writes a replay trace: one row per cycle with the telemetry, SEI, SoH and the chosen experts and
/// weights, every number in round-trip precision and invariant culture.
/// </summary>
internal static class TraceCsv
{
    /// <summary>The header for k = 3.</summary>
    public static string Header(int k) =>
        "cycle,temperature_c,current_a,voltage_sag_v,sei_nm,soh_pct," +
        string.Join(',', Enumerable.Range(1, k).Select(j => $"expert{j},weight{j}"));

    /// <summary>Writes <paramref name="trace"/> of the given frames (frame i is trace row i).</summary>
    public static async Task WriteAsync(string path, IReadOnlyList<TelemetryFrame> frames, CycleTrace trace,
        CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.Append(Header(trace.K)).Append('\n');
        for (var i = 0; i < trace.Cycles.Length; i++)
        {
            var f = frames[i];
            text.Append(trace.Cycles[i].ToString(CultureInfo.InvariantCulture));
            foreach (var value in new[] { f.TemperatureC, f.CurrentA, f.VoltageSagV, trace.SeiNm[i], trace.SohPct[i] })
            {
                text.Append(',').Append(Number(value));
            }

            for (var j = 0; j < trace.K; j++)
            {
                text.Append(',').Append(ExpertCatalog.All[trace.Experts[i * trace.K + j]].Name);
                text.Append(',').Append(Number(trace.Weights[i * trace.K + j]));
            }

            text.Append('\n');
        }

        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
