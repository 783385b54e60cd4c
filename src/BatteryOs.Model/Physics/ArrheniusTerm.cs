using System.Runtime.CompilerServices;
using BatteryOs.Model.Numerics;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Physics;

/// <summary>
/// One Arrhenius dependence with its constants worked out once: -Ea / R and 1 / T_ref, for the hot paths that
/// evaluate the same dependence for every frame. <see cref="Arrhenius.Factor"/> is this term made for one call.
/// </summary>
public readonly struct ArrheniusTerm
{
    private readonly double _minusEaOverR;
    private readonly double _inverseReferenceK;
    private readonly bool _independent;

    /// <summary>The dependence of a rate with activation energy Ea, relative to its rate at the reference.</summary>
    /// <param name="activationEnergyJPerMol">Activation energy Ea, J/mol (negative: faster when colder).</param>
    /// <param name="referenceTemperatureC">Temperature at which the factor is 1, °C.</param>
    public ArrheniusTerm(double activationEnergyJPerMol, double referenceTemperatureC)
    {
        _independent = activationEnergyJPerMol == 0;
        _minusEaOverR = -activationEnergyJPerMol / PhysicalConstants.GasConstantJPerMolK;
        _inverseReferenceK = 1.0 / (referenceTemperatureC + PhysicalConstants.ZeroCelsiusK);
    }

    /// <summary>The rate at <paramref name="temperatureC"/> (°C) divided by the rate at the reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Factor(double temperatureC) =>
        // No activation energy, no temperature dependence: exp(0) is exactly 1, and needs no exp.
        _independent ? 1.0 : BlockMath.Exp(Exponent(temperatureC));

    /// <summary>
    /// <see cref="Factor"/> at each frame's temperature, the same numbers, with the exponentials taken a block
    /// at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Factors(ReadOnlySpan<TelemetryFrame> frames, Span<double> factorsOut)
    {
        // The temperatures go where the factors will, which the temperatures' overload then works out in place.
        var factors = factorsOut[..frames.Length];
        for (var i = 0; i < frames.Length; i++)
        {
            factors[i] = frames[i].TemperatureC;
        }

        Factors(factors, factors);
    }

    /// <summary>
    /// As the frames' factors above, at each of <paramref name="temperaturesC"/> (°C); the two spans may be the
    /// same.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Factors(ReadOnlySpan<double> temperaturesC, Span<double> factorsOut)
    {
        var factors = factorsOut[..temperaturesC.Length];
        if (_independent)
        {
            factors.Fill(1.0);
            return;
        }

        for (var i = 0; i < temperaturesC.Length; i++)
        {
            factors[i] = Exponent(temperaturesC[i]);
        }

        BlockMath.Exp(factors);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Exponent(double temperatureC) =>
        _minusEaOverR * (1.0 / (temperatureC + PhysicalConstants.ZeroCelsiusK) - _inverseReferenceK);
}
