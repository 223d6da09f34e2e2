using Chokepoint.Core.Tests.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Chokepoint.Web.Tests.Postgres;

/// <summary>The web app in memory over a fresh PostgreSQL schema loaded with the same test data as <see cref="Api.ApiFactory"/>.</summary>
public sealed class PostgresApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string? _schema;

    public string Location { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (PostgresTestServer.SkipReason() is not null)
            return;
        (_schema, Location) = await PostgresTestServer.CreateSchemaAsync();
        await TestData.LoadAsync(Location);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting(ChokepointWeb.DbSetting, Location);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_schema is not null)
            await PostgresTestServer.DropSchemaAsync(_schema);
    }
}
