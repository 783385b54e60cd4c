using System.CommandLine;
using System.Globalization;
using BatteryOs.Cli.Calibration;
using BatteryOs.Cli.Console;
using BatteryOs.Model.Chemistry;
using BatteryOs.Model.Gating.Learned;
using BatteryOs.Model.Physics;
using BatteryOs.Model.Profiles;
using Spectre.Console;

namespace BatteryOs.Cli.Routing;

/// <summary>
/// <c>batteryos train-router</c>: trains the learned gate on NASA lab cells and simulated packs, scores it
/// against the heuristic gate, a uniform mix and every single expert on cells and packs it did not train
/// on, and writes the router file.
/// </summary>
internal static class TrainRouterCommand
{
    /// <summary>Cells held out by default: one or two per test temperature.</summary>
    public const string DefaultTestCells = "B0006,B0028,B0031,B0047";

    /// <summary>The climates the simulated packs live in.</summary>
    public static readonly string[] FleetClimates = ["temperate", "hot", "cold"];

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var data = new Option<string>("--data") { Description = "Directory of NASA cell CSV files.", Required = true };
        var outPath = new Option<string>("--out") { Description = "Write the router (JSON) here.", Required = true };
        var k = CommonOptions.AtLeast("--k", 2, "Experts kept per frame (top-1 gives the gate no gradient).", 3);
        var epochs = CommonOptions.AtLeast("--epochs", 1, "Passes over the training data.", 100);
        var learningRate = CommonOptions.Positive("--learning-rate", "Adam's step size.", 0.05);
        var loadBalance = CommonOptions.Positive("--load-balance-weight",
            "Weight of the load-balancing loss N * sum(f_i * P_i).", 0.001, allowZero: true);
        var testCells = new Option<string>("--test-cells")
        {
            Description = "Cells held out for scoring (the others are trained on).",
            DefaultValueFactory = _ => DefaultTestCells,
        };
        var packs = CommonOptions.AtLeast("--fleet-packs", 0,
            "Simulated packs per climate (two thirds trained on).", 30);
        var cycles = CommonOptions.AtLeast("--fleet-cycles", 2, "Cycles per simulated pack.", 150);
        var seed = new Option<ulong>("--seed")
        {
            Description = "Seed of the packs and the training.",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("train-router", "Train the learned gate and compare it with the other mixtures.")
        {
            data, outPath, k, epochs, learningRate, loadBalance, testCells, packs, cycles, seed,
        };
        command.SetAction((result, token) => RunAsync(result.GetValue(data)!, result.GetValue(outPath)!,
            new GateTrainingOptions(K: result.GetValue(k), Epochs: result.GetValue(epochs), Seed: result.GetValue(seed),
                LearningRate: result.GetValue(learningRate), LoadBalanceWeight: result.GetValue(loadBalance)),
            result.GetValue(testCells)!, result.GetValue(packs), result.GetValue(cycles), output, token));
        return command;
    }

    private static async Task<int> RunAsync(string data, string outPath, GateTrainingOptions options, string testCells,
        int packsPerClimate, int cycles, TextWriter output, CancellationToken token)
    {
        OutputFile.CheckWritable(outPath, "--out");
        if (options.K > Model.Experts.ExpertCatalog.Count)
        {
            throw new UsageException($"--k must be at most {Model.Experts.ExpertCatalog.Count}, not {options.K}");
        }

        var chemistry = KnownChemistries.Nasa18650;
        var model = new CellAgingModel(chemistry);
        var cells = NasaDataDirectory.Load(data, null, chemistry.NominalCapacityAh);
        var heldOutNames = NasaDataDirectory.Load(data, testCells, chemistry.NominalCapacityAh)
            .Select(c => c.Name).ToHashSet();
        if (heldOutNames.Count == cells.Count)
        {
            throw new UsageException("--test-cells holds out every cell; leave some to train on");
        }

        var training = new List<RoutingTrajectory>();
        var heldOut = new List<RoutingTrajectory>();
        foreach (var cell in cells)
        {
            (heldOutNames.Contains(cell.Name) ? heldOut : training).Add(LabRoutingData.Of(cell, model));
        }

        foreach (var climate in FleetClimates)
        {
            token.ThrowIfCancellationRequested();
            var profile = (PhysicsProfile)ModelProfiles.Get($"physics(climate={climate})");
            var trainPacks = packsPerClimate * 2 / 3;
            training.AddRange(FleetRoutingData.Of(profile, Ids(0, trainPacks), cycles, options.Seed));
            heldOut.AddRange(FleetRoutingData.Of(profile, Ids(trainPacks, packsPerClimate - trainPacks), cycles,
                options.Seed));
        }

        var source = string.Create(CultureInfo.InvariantCulture,
            $"Trained by 'batteryos train-router --k {options.K} --epochs {options.Epochs} " +
            $"--learning-rate {options.LearningRate} --load-balance-weight {options.LoadBalanceWeight} " +
            $"--test-cells {testCells} " +
            $"--fleet-packs {packsPerClimate} --fleet-cycles {cycles} --seed {options.Seed}' on the NASA cells " +
            $"except the test cells and on simulated {string.Join("/", FleetClimates)} packs of {chemistry.Name}.");
        var console = CliConsole.Create(output);
        var report = await PhaseProgress.RunAsync(console, "Training", options.Epochs, (IProgress<int> epochs) =>
            Task.Run(() => RouterTrainingRun.Execute(training, heldOut, options, source, epochs, token), token));
        await File.WriteAllTextAsync(outPath, LearnedGateFile.Serialize(report.Gate) + "\n", token);

        RouterTrainingTable.Print(console, report, heldOutNames.Order(StringComparer.Ordinal).ToArray());
        console.WriteLine($"Router written to {outPath}");
        return ExitCodes.Ok;
    }

    private static IEnumerable<long> Ids(int first, int count) => Enumerable.Range(first, count).Select(i => (long)i);
}
