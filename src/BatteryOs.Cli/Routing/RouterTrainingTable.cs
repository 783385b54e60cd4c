using System.Globalization;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating.Learned;
using Spectre.Console;

namespace BatteryOs.Cli.Routing;

/// <summary>Prints a router training's held-out scores and routing shares.</summary>
internal static class RouterTrainingTable
{
    /// <summary>Writes the report.</summary>
    public static void Print(IAnsiConsole console, RouterTrainingReport report, IReadOnlyList<string> heldOutCells)
    {
        var scores = new Table().Title($"Held out: cells {string.Join(", ", heldOutCells)} and a third of the packs");
        foreach (var column in new[]
                 {
                     "mixture", "lab cells: SoH curve RMSE %", "packs: loss per cycle RMSE %",
                     "packs: SoH curve RMSE %",
                 })
        {
            scores.AddColumn(new TableColumn(column).RightAligned());
        }

        var best = report.BestSingle;
        foreach (var score in report.Scores.Take(3).Append(best))
        {
            var name = score == best ? $"best single expert ({score.Scheme})" : score.Scheme;
            scores.AddRow(name, F(score.LabCurveRmsePct, "F3"), F(score.FleetLossRmsePct, "G4"),
                F(score.FleetCurveRmsePct, "F3"));
        }

        console.Write(scores);
        var shares = new Table().Title("Share of held-out selections")
            .AddColumns("expert", "learned gate", "heuristic gate");
        for (var e = 0; e < ExpertCatalog.Count; e++)
        {
            shares.AddRow(ExpertCatalog.All[e].Name, F(report.LearnedShares[e], "P1"),
                F(report.HeuristicShares[e], "P1"));
        }

        console.Write(shares);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Trained on {report.TrainingSamples:N0} observed cycles; " +
            $"scored {report.HeldOutSamples:N0} held-out cycles."));
    }

    private static string F(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "n/a";
}
