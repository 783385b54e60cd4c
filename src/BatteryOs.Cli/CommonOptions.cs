using System.CommandLine;
using System.Globalization;
using BatteryOs.Hosting;
using BatteryOs.Model.Profiles;

namespace BatteryOs.Cli;

/// <summary>Options shared by several commands, with their validation.</summary>
internal static class CommonOptions
{
    /// <summary>--model: a known model profile, or a full physics model name.</summary>
    public static Option<string> Model() => new("--model")
    {
        Description = $"Model profile ({string.Join(", ", ModelProfiles.Names)}; default {ModelProfiles.DefaultName}).",
        DefaultValueFactory = _ => ModelProfiles.DefaultName,
        Validators =
        {
            r =>
            {
                var name = r.GetValueOrDefault<string>();
                if (!ModelProfiles.TryGet(name, out _, out var problem))
                {
                    r.AddError(problem!);
                }
            },
        },
    };

    /// <summary>--store: 'memory' or a SQLite file.</summary>
    public static Option<StoreLocation> Store(string defaultStore) => new("--store")
    {
        Description = "Grain state store: a SQLite file, or 'memory'.",
        DefaultValueFactory = _ => StoreLocation.Parse(defaultStore),
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : defaultStore;
            if (string.IsNullOrWhiteSpace(text))
            {
                r.AddError("--store must be 'memory' or a file path.");
                return StoreLocation.Memory;
            }

            return StoreLocation.Parse(text);
        },
    };

    /// <summary>A whole-number option that must be at least <paramref name="minimum"/>.</summary>
    public static Option<T> AtLeast<T>(string name, T minimum, string description, T? defaultValue = null)
        where T : struct, IComparable<T>, IParsable<T>
    {
        var option = new Option<T>(name) { Description = description };
        if (defaultValue is { } value)
        {
            option.DefaultValueFactory = _ => value;
        }
        else
        {
            option.Required = true;
        }

        option.Validators.Add(r =>
        {
            // A value that failed to parse is already reported as a parse error.
            if (r.Tokens.Count == 1 && T.TryParse(r.Tokens[0].Value, CultureInfo.InvariantCulture, out var parsed)
                && parsed.CompareTo(minimum) < 0)
            {
                r.AddError($"{name} must be at least {minimum}, not {parsed}.");
            }
        });
        return option;
    }

    /// <summary>The option's value when the command line gives it, null when it is left at its default.</summary>
    public static T? ExplicitValue<T>(ParseResult result, Option<T> option)
        where T : struct =>
        result.GetResult(option) is { Implicit: false } ? result.GetValue(option) : null;

    /// <summary>A finite number option that must be positive (or zero, when allowed).</summary>
    public static Option<double> Positive(string name, string description, double defaultValue, bool allowZero = false)
    {
        var option = new Option<double>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1
                && double.TryParse(r.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && !(double.IsFinite(value) && (value > 0 || (allowZero && value == 0))))
            {
                r.AddError(
                    $"{name} must be a {(allowZero ? "non-negative" : "positive")} number, not {r.Tokens[0].Value}.");
            }
        });
        return option;
    }
}
