namespace BatteryOs.Contracts;

/// <summary>
/// Pack grain references for hot loops. <c>GetGrain&lt;IPackGrain&gt;(id)</c> resolves the grain interface
/// type from the CLR type on every call, which showed as 6 % of a silo's CPU taking MQTT frames; this resolves
/// the grain and interface types once and builds each reference from the pack id alone. The references are the
/// ones <c>GetGrain&lt;IPackGrain&gt;(id)</c> gives.
/// </summary>
public sealed class PackGrains
{
    private readonly IGrainFactory _grains;
    private readonly GrainType _grainType;
    private readonly GrainInterfaceType _interfaceType;

    /// <summary>References made through <paramref name="grains"/>.</summary>
    public PackGrains(IGrainFactory grains)
    {
        _grains = grains;
        var probe = (GrainReference)grains.GetGrain<IPackGrain>(0);
        _grainType = probe.GrainId.Type;
        _interfaceType = probe.InterfaceType;
    }

    /// <summary>The pack grain with this id.</summary>
    public IPackGrain Get(long packId) =>
        (IPackGrain)_grains.GetGrain(GrainId.Create(_grainType, GrainIdKeyExtensions.CreateIntegerKey(packId)),
            _interfaceType);
}
