using Orleans.Configuration;

namespace BatteryOs.Hosting.Cluster;

/// <summary>
/// The cluster and service ids every BatteryOs silo and client uses: the service id is part of every
/// stored grain's key, so it must not change between deployments.
/// </summary>
public static class ClusterIdentity
{
    /// <summary>The Orleans cluster id.</summary>
    public const string ClusterId = "batteryos";

    /// <summary>The Orleans service id.</summary>
    public const string ServiceId = "batteryos";

    /// <summary>Sets both ids.</summary>
    public static void Apply(ClusterOptions options)
    {
        options.ClusterId = ClusterId;
        options.ServiceId = ServiceId;
    }
}
