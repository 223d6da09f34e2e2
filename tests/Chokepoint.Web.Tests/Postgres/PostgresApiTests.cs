using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Chokepoint.Web.Tests.Api;

namespace Chokepoint.Web.Tests.Postgres;

/// <summary>The web app served from PostgreSQL answers every API and page exactly as it does from SQLite.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class PostgresApiTests(ApiFactory sqlite, PostgresApiFactory postgres) : IClassFixture<PostgresApiFactory>
{
    private const string PelengQuery = """{"queries": {"q1": {"schema": "Company", "properties": {"name": ["ОАО «Пеленг»"], "country": ["Belarus"]}}}}""";

    public static TheoryData<string> Reads() =>
    [
        "/health", "/datasets", "/datasets/belarus-dib", "/entities/bdib-peleng", "/entities/bdib-peleng/expand",
        "/search/default?q=peleng", "/search/zala?q=zala+aero", "/statements?entity_id=bdib-mzkt", "/entities/no-such-entity",
        "/app/?q=optics", "/app/entities/bdib-peleng", "/app/datasets",
    ];

    [PostgresFact]
    public async Task Reads_answer_as_from_sqlite()
    {
        foreach (var url in Reads())
            Assert.Equal(await GetAsync(sqlite.CreateClient(), url), await GetAsync(postgres.CreateClient(), url));
    }

    [PostgresFact]
    public async Task Match_index_built_from_postgres_scores_as_from_sqlite()
    {
        var fromSqlite = await PostAsync(sqlite.CreateClient(), "/match/default", PelengQuery);
        var fromPostgres = await PostAsync(postgres.CreateClient(), "/match/default", PelengQuery);
        Assert.Contains("bdib-peleng", fromPostgres, StringComparison.Ordinal);
        Assert.Equal(fromSqlite, fromPostgres);
    }

    [PostgresFact]
    public async Task False_positive_is_stored_in_postgres_and_excluded_from_screening()
    {
        var client = postgres.CreateClient();
        const string name = "Orsha Aircraft Repair Plant";
        var hit = (await ScreenAsync(client, name)).GetProperty("matches")[0].GetProperty("entity_id").GetString();
        var judged = await client.PostAsJsonAsync("/screening/false-positives", new { query = name, entity_id = hit });
        Assert.Equal(HttpStatusCode.NoContent, judged.StatusCode);
        var after = await ScreenAsync(client, name);
        Assert.Equal(1, after.GetProperty("excluded_false_positives").GetInt32());
        await client.DeleteAsync(new Uri($"/screening/false-positives?query={Uri.EscapeDataString(name)}&entity_id={hit}", UriKind.Relative));
        Assert.Equal(0, (await ScreenAsync(client, name)).GetProperty("excluded_false_positives").GetInt32());
    }

    private static async Task<string> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return $"{url} {(int)response.StatusCode} {Normalize(await response.Content.ReadAsStringAsync())}";
    }

    private static async Task<string> PostAsync(HttpClient client, string url, string json)
    {
        var response = await client.PostAsync(new Uri(url, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        return $"{url} {(int)response.StatusCode} {Normalize(await response.Content.ReadAsStringAsync())}";
    }

    private static async Task<System.Text.Json.JsonElement> ScreenAsync(HttpClient client, string csv)
    {
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        form.Add(file, "file", "names.csv");
        var response = await client.PostAsync(new Uri("/screening", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
    }

    // Import times (and the release named after one), request trace ids and antiforgery tokens differ between the two; nothing else may.
    private static string Normalize(string body) => Varying().Replace(body, "(time)");

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?|""trace_id"":""[^""]*""|name=""(csrf-token|__RequestVerificationToken)""\s+(content|value)=""[^""]*""")]
    private static partial Regex Varying();
}
