using System.Net;
using System.Net.Sockets;

namespace BatteryOs.Testing;

/// <summary>Free TCP ports on the loopback address, for the throwaway servers.</summary>
internal static class LoopbackPorts
{
    /// <summary>A port that was free a moment ago; a server must still handle losing it to another process.</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
