using System.Diagnostics;
using Xunit.Abstractions;

namespace BatteryOs.Hosting.Tests.Sqlite;

/// <summary>
/// Concurrent writers through the stored write query, one grain each, as many grains checkpointing at once
/// would be. Reports the rate; asserts only the outcome, since timing depends on the machine.
/// </summary>
public sealed class WriteRateTests(ITestOutputHelper output) : IDisposable
{
    private const int Writers = 8;
    private const int WritesPerWriter = 250;

    private readonly StorageDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ConcurrentWritersEachReachTheirLastVersion()
    {
        var payload = new byte[600];
        Random.Shared.NextBytes(payload);
        var clock = Stopwatch.StartNew();

        var writers = Enumerable.Range(1, Writers).Select(id => new StorageKey(id));
        var lastVersions = await Task.WhenAll(writers.Select(key => Task.Run(() => WriteMany(key, payload))));

        clock.Stop();
        var writesPerSecond = Writers * WritesPerWriter / clock.Elapsed.TotalSeconds;
        output.WriteLine($"{Writers * WritesPerWriter} writes by {Writers} writers: {writesPerSecond:F0} writes/s");
        Assert.All(lastVersions, version => Assert.Equal(WritesPerWriter, version));
    }

    private long? WriteMany(StorageKey key, byte[] payload)
    {
        long? version = null;
        for (var i = 0; i < WritesPerWriter; i++)
        {
            version = _db.Queries.Write(key, (int?)version, payload)
                ?? throw new InvalidOperationException($"Write {i} of grain {key.GrainIdN1} conflicted.");
        }

        return version;
    }
}
