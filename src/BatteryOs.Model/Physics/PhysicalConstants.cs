namespace BatteryOs.Model.Physics;

/// <summary>Physical constants the aging formulas use.</summary>
public static class PhysicalConstants
{
    /// <summary>Molar gas constant R, J/(mol·K).</summary>
    public const double GasConstantJPerMolK = 8.314462618;

    /// <summary>0 °C in kelvin.</summary>
    public const double ZeroCelsiusK = 273.15;
}
