using System.Net;
using System.Net.Sockets;

namespace BatteryOs.Testing;

/// <summary>Free loopback TCP ports: for the throwaway servers, and for tests that need a closed one.</summary>
public static class LoopbackPorts
{
    /// <summary>A port that was just bound and released: free a moment ago, and nothing listens there now.</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>
    /// Starts a server on a free port; when the start fails because another process took the port since
    /// (<paramref name="portWasTaken"/>), picks another, up to <paramref name="attempts"/> times. Returns the port.
    /// </summary>
    public static async Task<int> StartOnFreePortAsync(Func<int, Task> start, Func<bool> portWasTaken,
        int attempts = 3)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = Free();
            try
            {
                await start(port);
                return port;
            }
            catch (InvalidOperationException) when (attempt < attempts && portWasTaken())
            {
            }
        }
    }
}
