using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace BatteryOs.Hosting.Cluster;

/// <summary>/health: 200 while this silo is an active cluster member, 503 otherwise.</summary>
internal static class SiloHealth
{
    /// <summary>The health response for the silo hosting <paramref name="services"/>.</summary>
    public static IResult Report(IServiceProvider services)
    {
        var self = services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
        var snapshot = services.GetRequiredService<IClusterMembershipService>().CurrentSnapshot;
        var status = snapshot.GetSiloStatus(self);
        var active = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
        var body = new { status = status.ToString(), silo = self.ToString(), activeSilos = active };
        return status == SiloStatus.Active ? Results.Ok(body) : Results.Json(body, statusCode: 503);
    }
}
