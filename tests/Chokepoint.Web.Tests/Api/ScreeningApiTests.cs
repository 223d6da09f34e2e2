using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Chokepoint.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ScreeningApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> ScreenCsvAsync(string csv)
    {
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        form.Add(file, "file", "names.csv");
        var response = await _client.PostAsync(new Uri("/screening", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Csv_with_broken_rows_screens_the_rest_and_lists_the_errors()
    {
        var result = await ScreenCsvAsync("name,country\nPeleng,by\n\"Zenit BelOMO,by\n,by\nМинский завод колёсных тягачей,by\n");
        Assert.Equal(2, result.GetProperty("screened").GetInt32());
        var errors = result.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()).ToList();
        Assert.Equal([3, 4], errors);
        var matches = result.GetProperty("matches").EnumerateArray().ToList();
        Assert.Contains(matches, m => m.GetProperty("line").GetInt32() == 2 && m.GetProperty("entity_id").GetString() == "bdib-peleng");
        Assert.Contains(matches, m => m.GetProperty("line").GetInt32() == 5 && m.GetProperty("entity_id").GetString() == "bdib-mzkt");
        Assert.All(matches, m => Assert.False(string.IsNullOrEmpty(m.GetProperty("explanation").GetString())));
    }

    [Fact]
    public async Task Names_in_other_scripts_and_spellings_meet_the_listed_entity_as_in_match()
    {
        var result = await ScreenCsvAsync("name,schema\nАляксандр Лукашэнка,Person\n\"Lukaschenko, Alexander\",Person\nORSHA AIRCRAFT REPAIR PLNAT,\n");
        var matches = result.GetProperty("matches").EnumerateArray().ToList();
        Assert.Contains(matches, m => m.GetProperty("line").GetInt32() == 2 && m.GetProperty("entity_id").GetString() == "bdib-lukashenko");
        Assert.Contains(matches, m => m.GetProperty("line").GetInt32() == 3 && m.GetProperty("entity_id").GetString() == "bdib-lukashenko");
        Assert.Contains(matches, m => m.GetProperty("line").GetInt32() == 4 && m.GetProperty("entity_id").GetString() == "bdib-orsha-arp");
        Assert.Equal("logic-v1", result.GetProperty("algorithm").GetString());
        Assert.All(matches, m => Assert.True(m.GetProperty("score").GetDouble() >= 0.7));
        Assert.All(matches, m => Assert.Contains("weight", m.GetProperty("explanation").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_dataset_is_404_naming_the_loaded_ones()
    {
        using var form = new MultipartFormDataContent { { new StringContent("Peleng"), "names" }, { new StringContent("no-such-list"), "dataset" } };
        var response = await _client.PostAsync(new Uri("/screening", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("belarus-dib", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_false_positive_is_remembered_and_excluded_next_time()
    {
        const string name = "Orsha Aircraft Repair Plant";
        var before = await ScreenCsvAsync(name);
        var hit = before.GetProperty("matches")[0].GetProperty("entity_id").GetString()!;
        var judged = await _client.PostAsJsonAsync("/screening/false-positives", new { query = "orsha aircraft repair PLANT", entity_id = hit });
        Assert.Equal(HttpStatusCode.NoContent, judged.StatusCode);
        var after = await ScreenCsvAsync(name);
        Assert.DoesNotContain(after.GetProperty("matches").EnumerateArray(), m => m.GetProperty("entity_id").GetString() == hit);
        Assert.Equal(1, after.GetProperty("excluded_false_positives").GetInt32());
        await _client.DeleteAsync(new Uri($"/screening/false-positives?query={Uri.EscapeDataString(name)}&entity_id={hit}", UriKind.Relative));
        var withdrawn = await ScreenCsvAsync(name);
        Assert.Contains(withdrawn.GetProperty("matches").EnumerateArray(), m => m.GetProperty("entity_id").GetString() == hit);
    }

    [Fact]
    public async Task Oversized_upload_is_refused_with_413()
    {
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(new byte[ChokepointWeb.MaxUploadBytes + 1024]);
        form.Add(file, "file", "big.csv");
        var response = await _client.PostAsync(new Uri("/screening", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Judging_an_unknown_entity_is_404_and_an_empty_request_is_400()
    {
        var judged = await _client.PostAsJsonAsync("/screening/false-positives", new { query = "x", entity_id = "no-such-entity" });
        Assert.Equal(HttpStatusCode.NotFound, judged.StatusCode);
        using var empty = new MultipartFormDataContent { { new StringContent(""), "names" } };
        var response = await _client.PostAsync(new Uri("/screening", UriKind.Relative), empty);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
