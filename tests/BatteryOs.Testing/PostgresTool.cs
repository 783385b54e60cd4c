using System.Diagnostics;

namespace BatteryOs.Testing;

/// <summary>
/// Runs PostgreSQL's server programs. initdb and the server refuse to run as root, so as root they run as the
/// <c>postgres</c> OS user (which Debian's package creates) through runuser; as anyone else, directly.
/// </summary>
internal sealed class PostgresTool(string binDirectory)
{
    /// <summary>The OS user the server runs as when the tests run as root.</summary>
    public const string ServerUser = "postgres";

    /// <summary>True when the tests run as root and so must hand the server to <see cref="ServerUser"/>.</summary>
    public static bool RunsAsRoot => Environment.UserName == "root";

    /// <summary>Runs <paramref name="program"/> to completion; throws with its output when it fails.</summary>
    public async Task RunAsync(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        var path = Path.Combine(binDirectory, program);
        if (RunsAsRoot)
        {
            start.FileName = "runuser";
            foreach (var argument in new[] { "-u", ServerUser, "--", path })
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = path;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} failed with exit code {process.ExitCode}: {await error}{await output}".TrimEnd());
        }
    }

    /// <summary>Gives <paramref name="directory"/> to the server's OS user when running as root.</summary>
    public static async Task HandOverAsync(string directory)
    {
        if (!RunsAsRoot)
        {
            return;
        }

        var start = new ProcessStartInfo("chown") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ServerUser);
        start.ArgumentList.Add(directory);
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"Tests run as root, so the server must run as the '{ServerUser}' OS user, but chown failed: " +
                $"{error.Trim()} (Debian's postgresql package creates that user; tests/run.sh installs it).");
        }
    }
}
