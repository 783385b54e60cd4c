using Spectre.Console;

namespace BatteryOs.Cli.Console;

/// <summary>A Spectre console over a writer: interactive (live progress) only on a real terminal.</summary>
internal static class CliConsole
{
    /// <summary>Creates the console commands write their tables and progress to.</summary>
    public static IAnsiConsole Create(TextWriter output)
    {
        var terminal = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
        {
            // Redirected output is read by scripts and logs: don't wrap lines at 80 columns.
            console.Profile.Width = 200;
        }

        return console;
    }
}
