using BatteryOs.Model.Experts;

namespace BatteryOs.Contracts;

/// <summary>Maps an expert's name to the grain type that hosts it.</summary>
public static class ExpertGrainIds
{
    /// <summary>Prefix of every expert grain type.</summary>
    public const string TypePrefix = "expert.";

    /// <summary>The grain type name of an expert, e.g. <c>expert.thermal_regulator</c>.</summary>
    public static string GrainType(string expertName) => TypePrefix + expertName.ToLowerInvariant();

    /// <summary>The id of the (stateless) grain serving an expert.</summary>
    public static GrainId For(string expertName) => GrainId.Create(GrainType(expertName), "0");

    /// <summary>The ids of every catalogued expert, in catalog order.</summary>
    public static GrainId[] All() => [.. ExpertCatalog.All.Select(e => For(e.Name))];
}
