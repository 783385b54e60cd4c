namespace BatteryOs.Model.Experts;

/// <summary>
/// The registered experts in a fixed order; an expert's position is its index in gate outputs,
/// routing counts and persisted state. Append new experts at the end so stored indices stay valid.
/// </summary>
public static class ExpertCatalog
{
    /// <summary>All experts, in index order.</summary>
    public static IReadOnlyList<IExpertModel> All { get; } =
    [
        new ThermalRegulatorExpert(),
        new DendritePredictExpert(),
        new PowerShaperExpert(),
        new IonFluxExpert(),
        new AldCoatExpert(),
    ];

    /// <summary>Number of registered experts.</summary>
    public static int Count => All.Count;

    /// <summary>The index of the expert with this name, or -1.</summary>
    public static int IndexOf(string name)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
