namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>The key parameters Orleans passes to every storage query, for one made-up grain.</summary>
public sealed record PostgresStorageKey(long GrainIdN1, string? Extension = null)
{
    /// <summary>Service id the query tests store under.</summary>
    public const string ServiceId = "query-tests";

    /// <summary>Grain type the query tests store under.</summary>
    public const string GrainType = "test.grain";

    /// <summary>Stand-in for Orleans' hash of the grain type.</summary>
    public const int GrainTypeHash = 1234;

    /// <summary>Stand-in for Orleans' hash of the grain id: any value, as long as it is the same each call.</summary>
    public int GrainIdHash => unchecked((int)GrainIdN1 * 31);
}
