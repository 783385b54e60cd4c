namespace BatteryOs.Model.Tests.Gating;

/// <summary>A progress sink that calls back on the reporting thread, in order (unlike <c>Progress</c>).</summary>
internal sealed class EpochCounter(Action<int> onReport) : IProgress<int>
{
    /// <inheritdoc />
    public void Report(int value) => onReport(value);
}
