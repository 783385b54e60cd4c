using Microsoft.Extensions.Hosting;

namespace BatteryOs.Hosting;

/// <summary>
/// The lifetime of a host that a command starts and stops itself (an embedded silo, a cluster client): unlike
/// the default console lifetime it does not stop the host on Ctrl+C or SIGTERM behind the command's back. The
/// command is cancelled instead, lets its calls in flight finish, and then stops the host, in that order.
/// </summary>
internal sealed class CommandLifetime : IHostLifetime
{
    /// <inheritdoc />
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
