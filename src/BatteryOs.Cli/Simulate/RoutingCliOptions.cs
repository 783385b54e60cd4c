using System.CommandLine;
using BatteryOs.Grains.Packs;
using BatteryOs.Grains.Routing;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Gating.Learned;

namespace BatteryOs.Cli.Simulate;

/// <summary>
/// --router, --router-file, --k, --capacity-factor and --overflow: how the embedded silo routes. A cluster's
/// silos route by their own <c>Routing</c> and <c>Packs:TopK</c> settings.
/// </summary>
internal sealed class RoutingCliOptions
{
    private readonly Option<GateKind> _router = new("--router")
    {
        Description = "The gate: heuristic (the seed rules) or learned (from --router-file).",
        DefaultValueFactory = _ => GateKind.Heuristic,
    };

    private readonly Option<string?> _routerFile = new("--router-file")
    {
        Description = "Router file written by 'train-router' (for --router learned).",
    };

    private readonly Option<int> _k = CommonOptions.AtLeast("--k", 1, "Experts kept per frame.", 3);

    private readonly Option<double?> _capacityFactor = new("--capacity-factor")
    {
        Description = "Expert capacity factor: an expert takes at most ceil(k * frames / experts * factor) of a batch.",
    };

    private readonly Option<OverflowPolicy> _overflow = new("--overflow")
    {
        Description = "A selection whose expert is full: NextExpert (the frame's next-ranked one) or Drop.",
        DefaultValueFactory = _ => OverflowPolicy.NextExpert,
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Add(_router);
        command.Add(_routerFile);
        command.Add(_k);
        command.Add(_capacityFactor);
        command.Add(_overflow);
    }

    /// <summary>True when any routing option is given on the command line.</summary>
    public bool AnyGiven(ParseResult result) =>
        new Option[] { _router, _routerFile, _k, _capacityFactor, _overflow }
            .Any(o => result.GetResult(o) is { Implicit: false });

    /// <summary>The settings asked for, checked (the router file read) before any silo starts.</summary>
    /// <exception cref="UsageException">A bad combination, value or router file.</exception>
    public RoutingSettings Read(ParseResult result)
    {
        var gate = result.GetValue(_router);
        var file = result.GetValue(_routerFile);
        var k = result.GetValue(_k);
        var options = new RoutingOptions
        {
            Gate = gate,
            RouterFile = file,
            CapacityFactor = result.GetValue(_capacityFactor),
            Overflow = result.GetValue(_overflow),
        };
        if (gate == GateKind.Heuristic && file is not null)
        {
            throw new UsageException("--router-file applies to --router learned");
        }

        if (new RoutingPolicy(k, options.CapacityFactor, options.Overflow).Problem(ExpertCatalog.Count) is { } bad)
        {
            throw new UsageException(bad.StartsWith("k ", StringComparison.Ordinal) ? "--" + bad : bad);
        }

        var problem = new RoutingOptionsValidator().Validate(null, options);
        if (problem.Failed)
        {
            throw new UsageException(problem.FailureMessage.Replace("Routing:Gate is Learned but Routing:RouterFile",
                "--router learned but --router-file", StringComparison.Ordinal));
        }

        return new RoutingSettings(options, k);
    }

    /// <summary>A validated routing for the embedded silo.</summary>
    internal sealed record RoutingSettings(RoutingOptions Options, int K)
    {
        /// <summary>The heuristic gate, top 3, no capacity limit.</summary>
        public static RoutingSettings Default { get; } = new(new RoutingOptions(), new PackGrainOptions().TopK);

        /// <summary>The name of the gate, for reports.</summary>
        public string Gate => Options.Gate == GateKind.Learned ? "learned" : "heuristic";

        /// <summary>Copies the settings into the silo's options.</summary>
        public void ApplyTo(RoutingOptions target)
        {
            target.Gate = Options.Gate;
            target.RouterFile = Options.RouterFile;
            target.CapacityFactor = Options.CapacityFactor;
            target.Overflow = Options.Overflow;
        }

        /// <summary>The router file's gate, when learned.</summary>
        public LearnedGateParameters? LearnedGate() =>
            Options.Gate == GateKind.Learned ? LearnedGateFile.Load(Options.RouterFile!) : null;
    }
}
