using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics.Calibration;

/// <summary>
/// One coefficient the calibration may change, its bounds, and how to read and replace it in a parameter
/// set. The optimiser works on an unbounded variable u mapped into [Lower, Upper] by a logistic curve,
/// on a log axis when <see cref="LogScale"/> is set (for rate constants spanning decades).
/// </summary>
/// <param name="Field">The field's JSON path, for example <c>sei.activationEnergyJPerMol</c>.</param>
/// <param name="Lower">Smallest allowed value.</param>
/// <param name="Upper">Largest allowed value.</param>
/// <param name="Initial">Where a calibration starts the search.</param>
/// <param name="LogScale">True to search the range on a logarithmic axis.</param>
/// <param name="Read">Reads the value from a parameter set.</param>
/// <param name="Write">Returns a parameter set with the value replaced.</param>
public sealed record FittedCoefficient(
    string Field,
    double Lower,
    double Upper,
    double Initial,
    bool LogScale,
    Func<ChemistryParameters, double> Read,
    Func<ChemistryParameters, double, ChemistryParameters> Write)
{
    /// <summary>
    /// The value an unbounded optimiser variable stands for; within 1e-12 of the range's end it is the bound
    /// itself, which the logistic only approaches (a fit that ends at a bound gives the bound).
    /// </summary>
    public double ValueOf(double u)
    {
        var fraction = 1.0 / (1.0 + Math.Exp(-u));
        if (fraction < 1e-12 || fraction > 1.0 - 1e-12)
        {
            return fraction < 0.5 ? Lower : Upper;
        }

        return LogScale
            ? Math.Exp(Math.Log(Lower) + fraction * (Math.Log(Upper) - Math.Log(Lower)))
            : Lower + fraction * (Upper - Lower);
    }

    /// <summary>The optimiser variable for a value (values at or beyond a bound are pulled just inside).</summary>
    public double VariableOf(double value)
    {
        var fraction = Math.Clamp(Fraction(value), 1e-6, 1.0 - 1e-6);
        return Math.Log(fraction / (1.0 - fraction));
    }

    private double Fraction(double value) => LogScale
        ? (Math.Log(Math.Max(value, Lower)) - Math.Log(Lower)) / (Math.Log(Upper) - Math.Log(Lower))
        : (value - Lower) / (Upper - Lower);

    /// <summary>Share of the range a search starts inside either bound.</summary>
    public const double StartMargin = 0.05;

    /// <summary>
    /// The optimiser variable to start a search from: the value's, at least <see cref="StartMargin"/> inside.
    /// </summary>
    public double StartVariableOf(double value)
    {
        var inside = Math.Clamp(Fraction(value), StartMargin, 1.0 - StartMargin);
        return Math.Log(inside / (1.0 - inside));
    }
}
