using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Chokepoint.Web.Tests.Api;

/// <summary>The web app in memory (WebApplicationFactory) over a real SQLite file, shared by the API tests.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DbPath { get; private set; } = "";

    public async Task InitializeAsync() => DbPath = await TestData.CreateDatabaseAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting(ChokepointWeb.DbSetting, DbPath);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
