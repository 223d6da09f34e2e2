using System.Text;
using Chokepoint.Core.Tests.Support;
using Chokepoint.Importing;

namespace Chokepoint.Core.Tests.Sources.Ftm;

public class FtmBadInputTests
{
    private const string Good = """{"id": "p1", "schema": "Person", "properties": {"name": ["Ivan Petrov"], "birthDate": ["1970-01-02"]}}""";

    public static TheoryData<string, string, long, string?, string> BadLines => new()
    {
        { "malformed", Good + "\n{\"id\": \"p2\", \"schema\": ", 2, null, "not valid JSON" },
        { "unknown-schema", Good + "\n{\"id\": \"x\", \"schema\": \"Spaceship\", \"properties\": {\"name\": [\"X\"]}}", 2, "schema", "unknown schema 'Spaceship'" },
        { "unknown-property", Good + "\n{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {\"name\": [\"X\"], \"warpDrive\": [\"on\"]}}", 2, "properties.warpDrive", "no property 'warpDrive'" },
        { "wrong-type", "{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {\"name\": [\"X\"]}}\n" + Good.Replace("1970-01-02", "yesterday"), 2, "properties.birthDate[0]", "'yesterday' is not a date" },
        { "not-a-list", "{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {\"name\": \"X\"}}", 1, "properties.name", "must be a list" },
        { "abstract-schema", "{\"id\": \"x\", \"schema\": \"Thing\", \"properties\": {\"name\": [\"X\"]}}", 1, "schema", "abstract" },
        { "bad-id", "{\"id\": \"has space\", \"schema\": \"Person\", \"properties\": {\"name\": [\"X\"]}}", 1, "id", "not a valid id" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task A_bad_line_names_file_line_and_field_and_the_import_writes_nothing(string name, string content, long line, string? field, string message)
    {
        await using var temp = await TempStore.CreateAsync();
        var path = temp.WriteFile($"{name}.ftm.json", content);

        var error = await Assert.ThrowsAsync<ImportException>(() => temp.ImportFtmAsync(path, "bad"));

        Assert.Equal(path, error.Issue.File);
        Assert.Equal(line, error.Issue.Line);
        Assert.Equal(field, error.Issue.Field);
        Assert.Contains(message, error.Issue.Message);
        Assert.Empty(await temp.Store.View.ListDatasetsAsync());
    }

    [Fact]
    public async Task A_failed_import_leaves_the_previous_release_untouched()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.ImportFtmAsync(temp.WriteFile("good.ftm.json", Good), "people");
        var before = await temp.Store.View.GetDatasetAsync("people");

        var bad = temp.WriteFile("bad.ftm.json", "{\"id\": \"p9\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Other\"]}}\nnot json");
        await Assert.ThrowsAsync<ImportException>(() => temp.ImportFtmAsync(bad, "people"));

        Assert.Equal(before, await temp.Store.View.GetDatasetAsync("people"));
        Assert.NotNull(await temp.Store.View.GetEntityAsync("p1"));
        Assert.Null(await temp.Store.View.GetEntityAsync("p9"));
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused_with_its_line()
    {
        await using var temp = await TempStore.CreateAsync();
        var path = Path.Combine(temp.Folder, "latin1.ftm.json");
        var latin1 = Encoding.Latin1.GetBytes("{\"id\": \"p1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Müller\"]}}\n");
        await File.WriteAllBytesAsync(path, [.. Encoding.UTF8.GetBytes(Good + "\n"), .. latin1]);

        var error = await Assert.ThrowsAsync<ImportException>(() => temp.ImportFtmAsync(path, "enc"));

        Assert.Equal(2, error.Issue.Line);
        Assert.Contains("not valid UTF-8", error.Issue.Message);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        await using var temp = await TempStore.CreateAsync();
        var error = await Assert.ThrowsAsync<ImportException>(() => temp.ImportFtmAsync(temp.WriteFile("empty.ftm.json", ""), "empty"));
        Assert.Contains("is empty", error.Message);
        var blank = await Assert.ThrowsAsync<ImportException>(() => temp.ImportFtmAsync(temp.WriteFile("blank.ftm.json", "\n\n"), "empty"));
        Assert.Contains("no entities", blank.Message);
    }

    [Fact]
    public async Task A_50_megabyte_single_line_is_refused_without_reading_it_whole()
    {
        await using var temp = await TempStore.CreateAsync();
        var path = Path.Combine(temp.Folder, "huge.ftm.json");
        await using (var file = File.Create(path))
        {
            var chunk = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
            file.Write(Encoding.ASCII.GetBytes("{\"id\": \"p1\", \"schema\": \"Person\", \"properties\": {\"name\": [\""));
            for (var i = 0; i < 50; i++)
                file.Write(chunk);
            file.Write(Encoding.ASCII.GetBytes("\"]}}\n"));
        }

        var error = await Assert.ThrowsAsync<ImportException>(() => temp.ImportFtmAsync(path, "huge"));

        Assert.Equal(1, error.Issue.Line);
        Assert.Contains("longer than", error.Issue.Message);
    }

    [Fact]
    public async Task Lenient_import_skips_each_bad_line_reports_it_and_imports_the_rest()
    {
        await using var temp = await TempStore.CreateAsync();
        var content = string.Join('\n', Good, "{broken", "{\"id\": \"x\", \"schema\": \"Spaceship\", \"properties\": {}}", Good.Replace("p1", "p2"));
        var result = await temp.ImportFtmAsync(temp.WriteFile("mixed.ftm.json", content), "mixed", lenient: true);

        Assert.Equal(2, result.Records);
        Assert.Equal([2L, 3L], result.Skipped.Select(s => s.Line!.Value));
        Assert.Equal(2, (await temp.Store.View.GetDatasetAsync("mixed"))!.Entities);
    }
}
