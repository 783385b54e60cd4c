using System.Reflection;

namespace BatteryOs.Model.Chemistry;

/// <summary>The parameter sets shipped with the model, as embedded JSON resources.</summary>
public static class KnownChemistries
{
    /// <summary>NASA PCoE 18650 cell (2.0 Ah), fitted by <c>batteryos calibrate</c> on the NASA aging data.</summary>
    public const string Nasa18650Name = "nasa-18650";

    /// <summary>Panasonic NCR18650B NCA/graphite cell (3.2 Ah), from NREL's published life model.</summary>
    public const string NcaPanasonic18650BName = "nca-panasonic-18650b";

    private static readonly Lazy<ChemistryParameters> Nasa = new(() => Embedded(Nasa18650Name));
    private static readonly Lazy<ChemistryParameters> Nca = new(() => Embedded(NcaPanasonic18650BName));

    /// <summary>The fitted NASA 18650 parameters, the physics profile's default.</summary>
    public static ChemistryParameters Nasa18650 => Nasa.Value;

    /// <summary>The NCA/graphite 18650 parameters.</summary>
    public static ChemistryParameters NcaPanasonic18650B => Nca.Value;

    /// <summary>Names of the shipped parameter sets.</summary>
    public static IReadOnlyList<string> Names { get; } = [Nasa18650Name, NcaPanasonic18650BName];

    /// <summary>A shipped parameter set by name.</summary>
    /// <exception cref="ArgumentException">No parameter set has that name.</exception>
    public static ChemistryParameters Get(string name) => name switch
    {
        Nasa18650Name => Nasa18650,
        NcaPanasonic18650BName => NcaPanasonic18650B,
        _ => throw new ArgumentException($"Unknown chemistry '{name}' (known: {string.Join(", ", Names)})."),
    };

    private static ChemistryParameters Embedded(string name)
    {
        var resource = $"BatteryOs.Model.Chemistry.{name}.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The model assembly lacks the resource {resource}.");
        using var reader = new StreamReader(stream);
        return ChemistryJson.Parse(reader.ReadToEnd(), resource);
    }
}
