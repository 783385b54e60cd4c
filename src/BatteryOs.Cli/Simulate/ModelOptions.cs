using System.CommandLine;
using System.Globalization;
using BatteryOs.Model.Chemistry;
using BatteryOs.Model.Physics;
using BatteryOs.Model.Profiles;

namespace BatteryOs.Cli.Simulate;

/// <summary>
/// --model and the physics profile's options (--chemistry, --climate, --cycles-per-day, --dod, --c-rate),
/// read together into one canonical model name (see <see cref="PhysicsProfileSpec"/>).
/// </summary>
internal sealed class ModelOptions
{
    private readonly Option<string> _model = CommonOptions.Model();

    private readonly Option<string?> _chemistry = new("--chemistry")
    {
        Description = $"Physics: cell parameter set ({string.Join(", ", KnownChemistries.Names)}).",
    };

    private readonly Option<string?> _climate = new("--climate")
    {
        Description = $"Physics: {string.Join(", ", ClimateDistribution.Named.Keys)}, or a constant ambient °C.",
    };

    private readonly Option<double?> _cyclesPerDay = new("--cycles-per-day")
    {
        Description = "Physics: full cycles per day (default 1).",
    };

    private readonly Option<double?> _depthOfDischarge = new("--dod")
    {
        Description = "Physics: depth of discharge per cycle, 0-1 (default 0.8).",
    };

    private readonly Option<string?> _cRate = new("--c-rate")
    {
        Description = "Physics: discharge rates drawn per cycle, min-max in 1/h (default 0.2-1).",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Add(_model);
        command.Add(_chemistry);
        command.Add(_climate);
        command.Add(_cyclesPerDay);
        command.Add(_depthOfDischarge);
        command.Add(_cRate);
    }

    /// <summary>The canonical name of the model the options describe.</summary>
    /// <exception cref="UsageException">Physics options with another model, or a bad physics setting.</exception>
    public string Read(ParseResult result)
    {
        var model = result.GetValue(_model)!;
        var keys = new List<string>();
        void Key(string key, string? value)
        {
            if (value is not null)
            {
                keys.Add($"{key}={value}");
            }
        }

        Key("chemistry", result.GetValue(_chemistry));
        Key("climate", result.GetValue(_climate));
        Key("cyclesPerDay", Number(result.GetValue(_cyclesPerDay)));
        Key("dod", Number(result.GetValue(_depthOfDischarge)));
        Key("cRate", result.GetValue(_cRate));
        if (keys.Count == 0)
        {
            return ModelProfiles.Get(model).Name;
        }

        if (model != PhysicsProfileSpec.BaseName)
        {
            throw new UsageException(
                "--chemistry, --climate, --cycles-per-day, --dod and --c-rate apply to --model physics, " +
                $"not '{model}'");
        }

        var name = $"{PhysicsProfileSpec.BaseName}({string.Join(",", keys)})";
        return ModelProfiles.TryGet(name, out var profile, out var problem)
            ? profile.Name
            : throw new UsageException(problem!);
    }

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
