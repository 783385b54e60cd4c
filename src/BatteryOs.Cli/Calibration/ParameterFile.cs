using BatteryOs.Model.Chemistry;

namespace BatteryOs.Cli.Calibration;

/// <summary>A cell parameter file given on the command line.</summary>
internal static class ParameterFile
{
    /// <summary>Reads and validates the file.</summary>
    /// <exception cref="UsageException">The file is missing, malformed or holds a bad value.</exception>
    public static ChemistryParameters Load(string path)
    {
        try
        {
            return ChemistryJson.Load(path);
        }
        catch (ChemistryParameterException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
