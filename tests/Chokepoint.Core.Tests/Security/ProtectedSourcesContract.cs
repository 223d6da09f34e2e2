using System.Text;
using Chokepoint.Core.Tests.Storage;
using Chokepoint.Importing;
using Chokepoint.Security;
using Chokepoint.Sources.Ftm;

namespace Chokepoint.Core.Tests.Security;

/// <summary>Protected sources: encrypted at rest, never exported, revealed only to admins; on each engine.</summary>
public abstract class ProtectedSourcesContract
{
    /// <summary>Whether this class runs on PostgreSQL (the test server) rather than a SQLite file.</summary>
    protected abstract bool Postgres { get; }

    protected Task<SecurityFixture> CreateAsync() => SecurityFixture.CreateAsync(Postgres);

    private const string Name = "Ivan Secretov";
    private const string Contact = "+375 29 555-0101, ivan.secretov@example.by";
    private const string FileName = "informant-ledger.ftm.json";

    private static async Task<(ImportResult Result, string SourceId)> ImportProtectedAsync(SecurityFixture f)
    {
        var file = f.Store.WriteFile(FileName, File.ReadAllText(Support.TempStore.Fixture("ftm", "t1.entities.ftm.json")));
        var options = new ImportOptions { Dataset = "leak", Grading = "B2" };
        var result = await ProtectedImport.RunAsync(f.Store.Store, () => FtmFormat.Open(file, options), options,
            new ProtectedFields(Name, Contact, file), f.Protected(), f.Audit, SecurityFixture.By);
        return (result, (await f.Store.Store.View.ListSourcesAsync("leak")).Single().Id);
    }

    private static void AssertAbsent(string text)
    {
        foreach (var secret in new[] { Name, Contact, FileName, "Secretov", "555-0101" })
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
    }

    [StoreFact]
    public async Task Export_of_the_whole_database_holds_no_protected_value()
    {
        await using var f = await CreateAsync();
        await ImportProtectedAsync(f);
        using var output = new MemoryStream();
        await FtmExporter.ExportAsync(f.Store.Store.View, null, output);
        AssertAbsent(Encoding.UTF8.GetString(output.ToArray()));
        foreach (var source in await f.Store.Store.View.ListSourcesAsync("leak"))
            AssertAbsent(source.ToString());
        foreach (var record in await f.Audit.ListAsync())
            AssertAbsent(record.ToString());
    }

    [StoreFact]
    public async Task Database_file_without_the_key_holds_no_protected_value_in_any_encoding()
    {
        await using var f = await CreateAsync();
        await ImportProtectedAsync(f);
        var bytes = await f.StolenDatabaseAsync();
        foreach (var secret in new[] { Name, Contact, FileName })
        {
            foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode })
                Assert.Equal(-1, bytes.AsSpan().IndexOf(encoding.GetBytes(secret)));
        }
    }

    [StoreFact]
    public async Task Admin_reveals_the_fields_and_the_read_is_audited()
    {
        await using var f = await CreateAsync();
        var (_, sourceId) = await ImportProtectedAsync(f);
        var fields = await f.Protected().RevealAsync(new Principal("user", "boss", Roles.Admin), sourceId, "10.1.1.1");
        Assert.Equal(Name, fields?.SourceName);
        Assert.Equal(Contact, fields?.SourceContact);
        Assert.EndsWith(FileName, fields?.OriginalFile, StringComparison.Ordinal);
        Assert.Contains(await f.Audit.ListAsync(), r => r is { Action: "protected.reveal", Actor: "boss", Remote: "10.1.1.1" });
        Assert.Null(await f.Audit.VerifyAsync());
    }

    [StoreFact]
    public async Task Analyst_sees_only_the_redacted_label()
    {
        await using var f = await CreateAsync();
        var (_, sourceId) = await ImportProtectedAsync(f);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => f.Protected().RevealAsync(new Principal("user", "al", Roles.Analyst), sourceId, null));
        var source = (await f.Store.Store.View.ListSourcesAsync("leak")).Single();
        Assert.Equal("protected source, grading B2", ProtectedSources.Redacted(source));
        Assert.True(await f.Protected().IsProtectedAsync(sourceId));
    }

    [StoreFact]
    public async Task Wrong_key_file_gives_a_clear_error_and_no_plaintext()
    {
        await using var f = await CreateAsync();
        var (_, sourceId) = await ImportProtectedAsync(f);
        var wrong = Path.Combine(f.KeyFolder, "wrong-key");
        File.WriteAllBytes(wrong, new byte[KeyFile.KeyBytes]);
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => f.Protected(wrong).RevealAsync(new Principal("user", "boss", Roles.Admin), sourceId, null));
        Assert.Contains("key file does not match", error.Message, StringComparison.Ordinal);
        AssertAbsent(error.ToString());
    }

    [StoreFact]
    public async Task Key_file_is_created_owner_only_and_never_beside_the_database()
    {
        await using var f = await CreateAsync();
        f.Protected();
        Assert.Equal(KeyFile.KeyBytes, new FileInfo(f.KeyPath).Length);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f.KeyPath));
        if (Postgres)
            return;
        Assert.Throws<ArgumentException>(() => f.Protected(Path.Combine(f.Store.Folder, "key")));
        Assert.Throws<ArgumentException>(() => f.Protected(Path.Combine(f.Store.Folder, "sub", "key")));
    }

    [StoreFact]
    public async Task Bad_input_in_a_protected_file_is_reported_without_its_name()
    {
        await using var f = await CreateAsync();
        var file = f.Store.WriteFile(FileName, "{not json\n");
        var options = new ImportOptions { Dataset = "leak" };
        var error = await Assert.ThrowsAsync<ImportException>(() => ProtectedImport.RunAsync(f.Store.Store, () => FtmFormat.Open(file, options), options,
            new ProtectedFields(Name, Contact, file), f.Protected(), f.Audit, SecurityFixture.By));
        Assert.StartsWith(ProtectedSources.Label, error.Message, StringComparison.Ordinal);
        AssertAbsent(error.ToString());
    }
}
