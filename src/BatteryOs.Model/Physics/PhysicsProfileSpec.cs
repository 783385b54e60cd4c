using System.Globalization;
using System.Text;
using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics;

/// <summary>
/// Everything that sets a physics profile's arithmetic, written as its model name: <c>physics</c> for the
/// defaults, otherwise <c>physics(key=value,...)</c> with the keys that differ, in a fixed order:
/// <c>chemistry</c> (a shipped parameter set), <c>climate</c> (temperate, hot, cold, or a constant
/// temperature in °C), <c>cyclesPerDay</c>, <c>dod</c> (depth of discharge, 0-1) and <c>cRate</c>
/// (the discharge rates drawn, <c>min-max</c> in 1/h). A pack stores this name, so it always continues
/// under the very parameters it started with.
/// </summary>
public sealed record PhysicsProfileSpec
{
    /// <summary>The bare profile name, which stands for every default.</summary>
    public const string BaseName = "physics";

    private const string DefaultClimate = "temperate";

    /// <summary>The default fleet: the fitted NASA cell in the default duty.</summary>
    public static PhysicsProfileSpec Default { get; } = new();

    /// <summary>The parameter set, one of <see cref="KnownChemistries.Names"/>.</summary>
    public string Chemistry { get; init; } = KnownChemistries.Nasa18650Name;

    /// <summary>A named climate (<see cref="ClimateDistribution.Named"/>) or a constant temperature, °C.</summary>
    public string Climate { get; init; } = DefaultClimate;

    /// <summary>Full cycles per day.</summary>
    public double CyclesPerDay { get; init; } = DutyProfile.Default.CyclesPerDay;

    /// <summary>Depth of discharge per cycle, 0-1.</summary>
    public double DepthOfDischarge { get; init; } = DutyProfile.Default.DepthOfDischarge;

    /// <summary>Smallest discharge rate drawn, 1/h.</summary>
    public double MinDischargeCRate { get; init; } = DutyProfile.Default.MinDischargeCRate;

    /// <summary>Largest discharge rate drawn, 1/h.</summary>
    public double MaxDischargeCRate { get; init; } = DutyProfile.Default.MaxDischargeCRate;

    /// <summary>The duty this spec describes.</summary>
    public DutyProfile Duty => DutyProfile.Default with
    {
        Climate = ClimateOf(Climate) ?? ClimateDistribution.Temperate,
        CyclesPerDay = CyclesPerDay,
        DepthOfDischarge = DepthOfDischarge,
        MinDischargeCRate = MinDischargeCRate,
        MaxDischargeCRate = MaxDischargeCRate,
    };

    /// <summary>Describes the first problem with the spec, or returns null when it can be built.</summary>
    public string? Problem()
    {
        if (!KnownChemistries.Names.Contains(Chemistry))
        {
            return $"unknown chemistry '{Chemistry}' (known: {string.Join(", ", KnownChemistries.Names)})";
        }

        if (ClimateOf(Climate) is null)
        {
            return $"climate '{Climate}' is neither {string.Join(", ", ClimateDistribution.Named.Keys)} " +
                $"nor a temperature in [{ClimateDistribution.PackMeanRangeC.Min}, " +
                $"{ClimateDistribution.PackMeanRangeC.Max}] °C";
        }

        return Duty.Problem();
    }

    /// <summary>Builds the profile.</summary>
    /// <exception cref="ArgumentException">The spec has a problem.</exception>
    public PhysicsProfile Build() => Problem() is { } problem
        ? throw new ArgumentException($"Model '{this}': {problem}.")
        : new PhysicsProfile(KnownChemistries.Get(Chemistry), Duty, PackDesign.Default, ToString());

    /// <summary>The canonical model name: <c>physics</c>, or <c>physics(...)</c> with the non-default keys.</summary>
    public override string ToString()
    {
        var keys = new StringBuilder();
        void Add(string key, string value) =>
            keys.Append(keys.Length > 0 ? "," : "").Append(key).Append('=').Append(value);

        if (Chemistry != Default.Chemistry)
        {
            Add("chemistry", Chemistry);
        }

        if (Climate != Default.Climate)
        {
            Add("climate", Climate);
        }

        if (CyclesPerDay != Default.CyclesPerDay)
        {
            Add("cyclesPerDay", Number(CyclesPerDay));
        }

        if (DepthOfDischarge != Default.DepthOfDischarge)
        {
            Add("dod", Number(DepthOfDischarge));
        }

        if (MinDischargeCRate != Default.MinDischargeCRate || MaxDischargeCRate != Default.MaxDischargeCRate)
        {
            Add("cRate", $"{Number(MinDischargeCRate)}-{Number(MaxDischargeCRate)}");
        }

        return keys.Length == 0 ? BaseName : $"{BaseName}({keys})";
    }

    /// <summary>Reads a model name; returns null and a reason when it is not a physics model name.</summary>
    public static PhysicsProfileSpec? Parse(string name, out string? problem)
    {
        problem = null;
        if (name == BaseName)
        {
            return Default;
        }

        if (!name.StartsWith(BaseName + "(", StringComparison.Ordinal) || !name.EndsWith(')'))
        {
            problem = $"'{name}' is not 'physics' or 'physics(key=value,...)'";
            return null;
        }

        var spec = Default;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in name[(BaseName.Length + 1)..^1].Split(','))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !seen.Add(parts[0]))
            {
                problem = parts.Length != 2 ? $"'{pair}' is not key=value" : $"'{parts[0]}' is given twice";
                return null;
            }

            spec = With(spec, parts[0], parts[1], out problem);
            if (spec is null)
            {
                return null;
            }
        }

        problem = spec.Problem();
        return problem is null ? spec : null;
    }

    private static PhysicsProfileSpec? With(PhysicsProfileSpec spec, string key, string value, out string? problem)
    {
        problem = null;
        switch (key)
        {
            case "chemistry":
                return spec with { Chemistry = value };
            case "climate":
                return spec with { Climate = TryNumber(value, out var constantC) ? Number(constantC) : value };
            case "cyclesPerDay" when TryNumber(value, out var cycles):
                return spec with { CyclesPerDay = cycles };
            case "dod" when TryNumber(value, out var dod):
                return spec with { DepthOfDischarge = dod };
            case "cRate" when value.Split('-') is [var min, var max] && TryNumber(min, out var lo)
                && TryNumber(max, out var hi):
                return spec with { MinDischargeCRate = lo, MaxDischargeCRate = hi };
            case "chemistry" or "climate" or "cyclesPerDay" or "dod" or "cRate":
                problem = $"{key} '{value}' is not {(key == "cRate" ? "min-max" : "a number")}";
                return null;
            default:
                problem = $"unknown key '{key}' (known: chemistry, climate, cyclesPerDay, dod, cRate)";
                return null;
        }
    }

    private static ClimateDistribution? ClimateOf(string climate)
    {
        if (ClimateDistribution.Named.TryGetValue(climate, out var named))
        {
            return named;
        }

        var range = ClimateDistribution.PackMeanRangeC;
        return TryNumber(climate, out var temperatureC) && temperatureC >= range.Min && temperatureC <= range.Max
            ? ClimateDistribution.Constant(temperatureC)
            : null;
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
