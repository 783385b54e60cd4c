using System.Text;

namespace BatteryOs.Cli.Tests.Cluster;

/// <summary>Collects what a command prints and signals the first time a given text appears.</summary>
internal sealed class SignalWriter(string awaited) : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when <c>awaited</c> has been printed.</summary>
    public Task Seen => _seen.Task;

    /// <inheritdoc />
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc />
    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
            if (value == '\n' && _text.ToString().Contains(awaited, StringComparison.Ordinal))
            {
                _seen.TrySetResult();
            }
        }
    }

    /// <inheritdoc />
    public override string ToString()
    {
        lock (_text)
        {
            return _text.ToString();
        }
    }
}
