using BatteryOs.Hosting.Postgres;
using Npgsql;

namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>The tuned defaults of the silo's data sources, and that the connection string overrides them.</summary>
public sealed class PostgresDataSourcesTests
{
    [Fact]
    public void StoragePoolsFewPreparedConnectionsWithoutWaitingForTheFlush()
    {
        using var dataSource = PostgresDataSources.ForStorage("Host=db.example;Password=secret-1");
        var settings = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);

        // Not multiplexed: Npgsql 10.0.3's multiplexing hung for good after a database restart.
        Assert.False(settings.Multiplexing);
        Assert.Equal(16, PostgresDataSources.StoragePoolSize);
        Assert.Equal(PostgresDataSources.StoragePoolSize, settings.MaxPoolSize);
        Assert.Equal(8, settings.MaxAutoPrepare);
        Assert.Equal(2, settings.AutoPrepareMinUsages);
        Assert.Equal("-c synchronous_commit=off", settings.Options);
        Assert.True(settings.NoResetOnClose, "storage queries leave no session state to reset");
        Assert.Equal("batteryos-storage", settings.ApplicationName);
        Assert.DoesNotContain("secret-1", dataSource.ConnectionString);
    }

    [Fact]
    public void SettingsInTheConnectionStringWin()
    {
        using var dataSource = PostgresDataSources.ForStorage(
            "Host=db.example;Options=-c synchronous_commit=on;MaxPoolSize=20;Multiplexing=true;Application Name=x;" +
            "No Reset On Close=false");
        var settings = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);

        Assert.True(settings.Multiplexing);
        Assert.Equal(20, settings.MaxPoolSize);
        Assert.False(settings.NoResetOnClose);
        Assert.Equal("-c synchronous_commit=on", settings.Options);
        Assert.Equal("x", settings.ApplicationName);
    }

    [Fact]
    public void ClusterConnectionsAreFewAndDurable()
    {
        using var dataSource = PostgresDataSources.ForCluster("Host=db.example");
        var settings = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);

        Assert.False(settings.Multiplexing);
        Assert.Equal(8, settings.MaxPoolSize);
        Assert.Null(settings.Options);
        Assert.False(settings.NoResetOnClose);
        Assert.Equal("batteryos-cluster", settings.ApplicationName);
    }
}
