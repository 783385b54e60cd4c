using BatteryOs.Model.Chemistry;
using BatteryOs.Model.Numerics;
using BatteryOs.Model.Physics;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests.Physics;

/// <summary>
/// The precomputed Arrhenius term is the formula exp(-(Ea / R)(1/T - 1/T_ref)) itself, to the last bit of the
/// model's exponential (<see cref="BlockMath"/>), one value or a block of them, and <see cref="Arrhenius.Factor"/>
/// is the same term.
/// </summary>
public sealed class ArrheniusTermTests
{
    [Theory]
    [InlineData(38_000.0, 25.0)]
    [InlineData(-119_999.95611196528, 25.0)]
    [InlineData(-16_200.0, 23.0)]
    [InlineData(0.0, 25.0)]
    [InlineData(60_000.0, -10.0)]
    public void EveryTemperatureGivesExactlyTheFormulasValue(double activationEnergyJPerMol, double referenceC)
    {
        var term = new ArrheniusTerm(activationEnergyJPerMol, referenceC);

        for (var temperatureC = -60.0; temperatureC <= 150.0; temperatureC += 0.37)
        {
            var exponent = -activationEnergyJPerMol / PhysicalConstants.GasConstantJPerMolK
                * (1.0 / (temperatureC + PhysicalConstants.ZeroCelsiusK)
                    - 1.0 / (referenceC + PhysicalConstants.ZeroCelsiusK));
            Assert.Equal(BlockMath.Exp(exponent), term.Factor(temperatureC));
            Assert.Equal(term.Factor(temperatureC),
                Arrhenius.Factor(temperatureC, activationEnergyJPerMol, referenceC));
            Assert.Equal(Math.Exp(exponent), term.Factor(temperatureC), Math.Exp(exponent) * 1e-15);
        }
    }

    [Theory]
    [InlineData(38_000.0)]
    [InlineData(-16_200.0)]
    [InlineData(0.0)]
    public void A_block_of_frames_gets_each_frames_own_factor(double activationEnergyJPerMol)
    {
        var term = new ArrheniusTerm(activationEnergyJPerMol, 25.0);
        var frames = Enumerable.Range(0, 67).Select(i => new TelemetryFrame(-40.0 + 1.37 * i, 5.0, 0.1)).ToArray();
        var fromFrames = new double[frames.Length + 3];
        var fromTemperatures = new double[frames.Length];

        term.Factors(frames, fromFrames);
        term.Factors(frames.Select(f => f.TemperatureC).ToArray(), fromTemperatures);

        for (var i = 0; i < frames.Length; i++)
        {
            Assert.Equal(term.Factor(frames[i].TemperatureC), fromFrames[i]);
            Assert.Equal(fromFrames[i], fromTemperatures[i]);
        }

        Assert.Equal([0.0, 0.0, 0.0], fromFrames[^3..]);
    }

    [Fact]
    public void ChemistryTermsCarryEachDependenceWithItsSign()
    {
        var nasa = KnownChemistries.Nasa18650;
        var terms = new ChemistryArrhenius(nasa);

        Assert.Equal(Arrhenius.Factor(4.0, nasa.Sei.ActivationEnergyJPerMol, 25.0), terms.Sei.Factor(4.0));
        Assert.Equal(Arrhenius.Factor(4.0, nasa.Cycling.ActivationEnergyJPerMol, 25.0), terms.Cycling.Factor(4.0));
        Assert.Equal(PlatingModel.ColdFactor(nasa.Plating, 25.0, 4.0), terms.PlatingCold.Factor(4.0));
        Assert.Equal(ResistanceModel.ResistanceOhm(nasa, 9.0, 4.0),
            ResistanceModel.ResistanceOhm(nasa, 9.0, terms.ResistanceCold, 4.0));
        Assert.True(terms.PlatingCold.Factor(4.0) > 1.0, "plating speeds up in the cold");
        Assert.True(terms.Sei.Factor(4.0) < 1.0, "SEI growth slows in the cold");
    }
}
