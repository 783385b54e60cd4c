using System.Globalization;
using Spectre.Console;

namespace BatteryOs.Cli.Load;

/// <summary>Prints a load run's figures as a table.</summary>
internal static class LoadPrinter
{
    /// <summary>Writes the report.</summary>
    public static void Print(IAnsiConsole console, LoadReport r)
    {
        var table = new Table().AddColumns("load",
            $"{N(r.Packs)} packs, {N(r.Rate)} msg/s for {r.Seconds} s via {r.Broker}");
        table.AddRow("published", $"{N(r.Published)} messages in {r.PublishSeconds:F1} s " +
            $"({N(r.PublishRatePerSecond)}/s): {N(r.ValidSent)} valid, {N(r.BadSent)} bad, " +
            $"{N(r.DuplicatesSent)} duplicates");
        table.AddRow("applied", $"{N(r.Applied)} frames, all in {r.EndToEndSeconds:F1} s from the first publish " +
            $"({N(r.AppliedRatePerSecond)} frames/s); largest backlog {N(r.MaxBacklogFrames)} frames");
        table.AddRow("cluster counted", $"accepted {N(r.Accepted)}, applied {N(r.Applied)}, duplicates " +
            $"{N(r.Duplicates)}, gaps {N(r.SkippedSeqs)}, rejected {N(r.Rejected)}");
        table.AddRow("rejected by reason", r.RejectedByReason.Count == 0
            ? "none"
            : string.Join(", ", r.RejectedByReason.Select(p => $"{p.Key} {N(p.Value)}")));
        table.AddRow("packs", $"cycles added {N(r.CyclesAdded)}; {N(r.PacksShort)} short of their last seq");
        table.AddRow("result", r.Ok
            ? "OK: accepted = applied = valid sent = cycles added; rejected = bad sent; nothing lost"
            : "FAILED: " + string.Join("; ", r.Problems));
        console.Write(table);
    }

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
