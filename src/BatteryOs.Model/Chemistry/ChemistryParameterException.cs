namespace BatteryOs.Model.Chemistry;

/// <summary>A chemistry parameter file that cannot be used; the message names the file and the field.</summary>
public sealed class ChemistryParameterException(string message, Exception? inner = null)
    : Exception(message, inner);
