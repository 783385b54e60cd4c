using BatteryOs.Model.Ingestion;

namespace BatteryOs.Hosting.Ingestion;

/// <summary>One pack's frames gathered for its next call, with the deliveries to confirm after it.</summary>
internal sealed class PendingFrames
{
    private readonly List<Func<CancellationToken, Task>> _deliveries = [];

    /// <summary>The frames, in arrival order.</summary>
    public List<SequencedFrame> Frames { get; } = [];

    /// <summary>Adds a frame and its delivery confirmation.</summary>
    public void Add(in SequencedFrame frame, Func<CancellationToken, Task>? delivered)
    {
        Frames.Add(frame);
        if (delivered is not null)
        {
            _deliveries.Add(delivered);
        }
    }

    /// <summary>Confirms every delivery (in arrival order).</summary>
    public async Task ConfirmAsync()
    {
        foreach (var delivered in _deliveries)
        {
            await delivered(CancellationToken.None);
        }
    }
}
