using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics.Calibration;

/// <summary>
/// The coefficients <c>batteryos calibrate</c> fits, each with a fixed initial guess (so a calibration
/// does not depend on the parameters shipped before it) and bounds from the literature where it gives
/// them (cycling exponent 0.5-1.0) and from what the data shows (the recoverable deficit returns within
/// days of rest and rebuilds within tens of cycles). Everything else stays as given,
/// because the NASA tests cannot identify it: the SEI parameters (L0, the rate constant that puts the
/// film at tens of nm after hundreds of cycles, its activation energy, the lithium it binds per nm, the
/// current and SoC factors), and the resistance (fitted separately by <see cref="ResistanceCalibrator"/>).
/// </summary>
public static class CalibrationSpace
{
    /// <summary>The default fitted coefficients.</summary>
    public static IReadOnlyList<FittedCoefficient> Default { get; } =
    [
        new("cycling.coefficientPct", 1e-5, 10.0, 0.1, true,
            p => p.Cycling.CoefficientPct,
            (p, v) => p with { Cycling = p.Cycling with { CoefficientPct = v } }),
        new("cycling.activationEnergyJPerMol", 0.0, 60_000.0, 20_000.0, false,
            p => p.Cycling.ActivationEnergyJPerMol,
            (p, v) => p with { Cycling = p.Cycling with { ActivationEnergyJPerMol = v } }),
        new("cycling.exponent", 0.5, 1.0, 0.75, false,
            p => p.Cycling.Exponent,
            (p, v) => p with { Cycling = p.Cycling with { Exponent = v } }),
        new("plating.coefficientPct", 1e-6, 10.0, 0.01, true,
            p => p.Plating.CoefficientPct,
            (p, v) => p with { Plating = p.Plating with { CoefficientPct = v } }),
        new("plating.activationEnergyJPerMol", 50_000.0, 120_000.0, 80_000.0, false,
            p => p.Plating.ActivationEnergyJPerMol,
            (p, v) => p with { Plating = p.Plating with { ActivationEnergyJPerMol = v } }),
        new("recovery.equilibriumDeficitPct", 1e-3, 10.0, 2.0, true,
            p => p.Recovery.EquilibriumDeficitPct,
            (p, v) => p with { Recovery = p.Recovery with { EquilibriumDeficitPct = v } }),
        new("recovery.buildUpCycles", 0.5, 50.0, 5.0, true,
            p => p.Recovery.BuildUpCycles,
            (p, v) => p with { Recovery = p.Recovery with { BuildUpCycles = v } }),
        new("recovery.relaxationHours", 1.0, 1_000.0, 20.0, true,
            p => p.Recovery.RelaxationHours,
            (p, v) => p with { Recovery = p.Recovery with { RelaxationHours = v } }),
    ];

    /// <summary>A parameter set with every coefficient of <paramref name="space"/> at its initial guess.</summary>
    public static ChemistryParameters InitialGuess(IReadOnlyList<FittedCoefficient> space, ChemistryParameters start) =>
        space.Aggregate(start, (parameters, coefficient) => coefficient.Write(parameters, coefficient.Initial));

    /// <summary>A parameter set with the coefficients replaced by the values the variables stand for.</summary>
    public static ChemistryParameters Apply(IReadOnlyList<FittedCoefficient> space, ChemistryParameters start,
        IReadOnlyList<double> variables)
    {
        var parameters = start;
        for (var i = 0; i < space.Count; i++)
        {
            parameters = space[i].Write(parameters, space[i].ValueOf(variables[i]));
        }

        return parameters;
    }
}
