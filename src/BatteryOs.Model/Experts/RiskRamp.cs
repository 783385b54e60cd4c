using System.Runtime.CompilerServices;

namespace BatteryOs.Model.Experts;

/// <summary>A linear ramp from 0 at <c>low</c> to 1 at <c>high</c>, clamped on both sides.</summary>
internal static class RiskRamp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Of(double value, double low, double high) =>
        Math.Clamp((value - low) / (high - low), 0.0, 1.0);
}
