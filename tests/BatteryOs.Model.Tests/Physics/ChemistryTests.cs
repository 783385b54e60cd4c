using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Tests.Physics;

public sealed class ChemistryTests
{
    [Fact]
    public void The_shipped_parameter_sets_load_and_validate()
    {
        Assert.Equal(["nasa-18650", "nca-panasonic-18650b"], KnownChemistries.Names);
        var nasa = KnownChemistries.Get("nasa-18650");
        var nca = KnownChemistries.Get("nca-panasonic-18650b");

        Assert.Equal(2.0, nasa.NominalCapacityAh);
        Assert.Equal(3.2, nca.NominalCapacityAh);
        Assert.Null(ChemistryValidator.Problem(nasa));
        Assert.Null(ChemistryValidator.Problem(nca));
        Assert.InRange(nasa.Sei.ActivationEnergyJPerMol, 30_000, 60_000);
        Assert.InRange(nasa.Cycling.Exponent, 0.5, 1.0);
        Assert.Contains("NASA", nasa.Source);
        Assert.Contains("NREL", nca.Source);
        Assert.Throws<ArgumentException>(() => KnownChemistries.Get("lfp"));
    }

    [Fact]
    public void Parameters_round_trip_through_json()
    {
        var nasa = KnownChemistries.Nasa18650;

        Assert.Equal(nasa, ChemistryJson.Parse(ChemistryJson.Serialize(nasa), "round trip"));
    }

    [Theory]
    [InlineData("{", "bad.json: ")]
    [InlineData("null", "holds null")]
    [InlineData("{\"name\":\"x\"}", "missing required properties")]
    public void Malformed_files_are_refused_naming_the_origin(string json, string expected)
    {
        var error = Assert.Throws<ChemistryParameterException>(() => ChemistryJson.Parse(json, "bad.json"));

        Assert.Contains(expected, error.Message);
        Assert.StartsWith("bad.json: ", error.Message);
    }

    [Fact]
    public void Unknown_fields_and_out_of_range_values_are_refused_by_name()
    {
        var json = ChemistryJson.Serialize(KnownChemistries.Nasa18650);

        var unknown = Assert.Throws<ChemistryParameterException>(() =>
            ChemistryJson.Parse(json.Replace("\"nominalVoltageV\"", "\"voltsNominal\": 1, \"nominalVoltageV\""), "x"));
        Assert.Contains("voltsNominal", unknown.Message);

        var bad = KnownChemistries.Nasa18650 with
        {
            Sei = KnownChemistries.Nasa18650.Sei with { ActivationEnergyJPerMol = -5.0 },
        };
        var range = Assert.Throws<ChemistryParameterException>(() =>
            ChemistryJson.Parse(ChemistryJson.Serialize(bad), "x"));
        Assert.Equal("x: sei.activationEnergyJPerMol must be in [0, 150000], not -5", range.Message);
        Assert.Throws<ChemistryParameterException>(() => ChemistryJson.Load("/nonexistent/params.json"));
    }
}
