namespace BatteryOs.Hosting.Tests.Ingestion;

/// <summary>One API silo (no broker) shared by the HTTP tests.</summary>
public sealed class ApiSiloFixture : IAsyncLifetime
{
    private ApiSilo? _silo;

    public ApiSilo Silo => _silo ?? throw new InvalidOperationException("The silo has not started.");

    public async Task InitializeAsync() => _silo = await ApiSilo.StartAsync();

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiSiloCollection : ICollectionFixture<ApiSiloFixture>
{
    public const string Name = "api-silo";
}
