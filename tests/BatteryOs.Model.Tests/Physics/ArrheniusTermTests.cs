using BatteryOs.Model.Chemistry;
using BatteryOs.Model.Physics;

namespace BatteryOs.Model.Tests.Physics;

/// <summary>
/// The precomputed Arrhenius term is the formula exp(-(Ea / R)(1/T - 1/T_ref)) itself, to the last bit, and
/// <see cref="Arrhenius.Factor"/> is the same term.
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
            var formula = Math.Exp(-activationEnergyJPerMol / PhysicalConstants.GasConstantJPerMolK
                * (1.0 / (temperatureC + PhysicalConstants.ZeroCelsiusK)
                    - 1.0 / (referenceC + PhysicalConstants.ZeroCelsiusK)));
            Assert.Equal(formula, term.Factor(temperatureC));
            Assert.Equal(formula, Arrhenius.Factor(temperatureC, activationEnergyJPerMol, referenceC));
        }
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
