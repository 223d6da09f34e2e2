using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chokepoint.Importing;
using Chokepoint.Sources.Ftm;
using Chokepoint.Storage;
using Chokepoint.Web.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace Chokepoint.Web.Tests.Api;

/// <summary>The cached network follows the store: an import (a new release) in another process drops the cached analyses.</summary>
public sealed class NetworkCacheTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new();

    public Task InitializeAsync() => _factory.InitializeAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Import_of_a_new_release_refreshes_ownership_with_unknown_shares_reported()
    {
        var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/entities/hb-beta/ownership", UriKind.Relative))).StatusCode);
        var before = await client.GetFromJsonAsync<JsonElement>("/ownership/blocked");

        // A listed company owns 60% of Beta; a listed person owns an unstated share of it.
        await ImportAsync("""
            {"id": "hb-alpha", "schema": "Company", "properties": {"name": ["Alpha Holding"], "topics": ["sanction"]}}
            {"id": "hb-person", "schema": "Person", "properties": {"name": ["Ivan Example"], "topics": ["sanction"]}}
            {"id": "hb-beta", "schema": "Company", "properties": {"name": ["Beta Optics"]}}
            {"id": "hb-own-1", "schema": "Ownership", "properties": {"owner": ["hb-alpha"], "asset": ["hb-beta"], "percentage": ["60"]}}
            {"id": "hb-own-2", "schema": "Ownership", "properties": {"owner": ["hb-person"], "asset": ["hb-beta"]}}
            """);

        var report = await client.GetFromJsonAsync<JsonElement>("/entities/hb-beta/ownership");
        Assert.Equal("blocked by ownership", report.GetProperty("status").GetString());
        Assert.Equal(60, report.GetProperty("share").GetDouble());
        Assert.Equal(1, report.GetProperty("unknown_shares").GetInt32());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("owners").EnumerateArray().Single(o => o.GetProperty("owner_id").GetString() == "hb-person").GetProperty("percent").ValueKind);
        var after = await client.GetFromJsonAsync<JsonElement>("/ownership/blocked");
        Assert.Equal(before.GetProperty("total").GetInt32() + 1, after.GetProperty("total").GetInt32());
        Assert.True(_factory.Services.GetRequiredService<NetworkCache>().Invalidations >= 1);
    }

    private async Task ImportAsync(string lines)
    {
        var file = Path.Combine(Path.GetDirectoryName(_factory.DbPath)!, "handbuilt.ftm.json");
        await File.WriteAllTextAsync(file, lines);
        await using var store = await StoreFactory.OpenAsync(_factory.DbPath);
        var options = new ImportOptions { Dataset = "handbuilt", Release = "2025-01-01" };
        await ImportRunner.RunAsync(store, FtmFormat.Open(file, options), options, new Progress<ImportProgress>(), CancellationToken.None);
    }
}
