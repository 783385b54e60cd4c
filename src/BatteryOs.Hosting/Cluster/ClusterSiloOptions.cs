using System.ComponentModel.DataAnnotations;

namespace BatteryOs.Hosting.Cluster;

/// <summary>How one member of a PostgreSQL-backed cluster listens and identifies itself.</summary>
public sealed class ClusterSiloOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Silo";

    /// <summary>Port for silo-to-silo traffic.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port clients connect to.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Port of the HTTP endpoints (/health, /metrics).</summary>
    [Range(1, 65535)]
    public int HttpPort { get; set; } = 8080;

    /// <summary>The address other silos and clients reach this silo at (a pod's IP in Kubernetes).</summary>
    [Required]
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>Address the HTTP endpoints bind to: 0.0.0.0 in a container, so others can reach them.</summary>
    [Required]
    public string HttpAddress { get; set; } = "127.0.0.1";

    /// <summary>
    /// The silo's name in Orleans and in its metrics (the pod name in Kubernetes); when unset, its advertised
    /// address and silo port.
    /// </summary>
    public string? SiloName { get; set; }
}
