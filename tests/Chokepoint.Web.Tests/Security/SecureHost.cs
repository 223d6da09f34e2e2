using System.Net;
using System.Text.RegularExpressions;
using Chokepoint.Documents.Ingestion;
using Chokepoint.Documents.Linking;
using Chokepoint.Importing;
using Chokepoint.Security;
using Chokepoint.Sources.Ftm;
using Chokepoint.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chokepoint.Web.Tests.Security;

/// <summary>
/// The app on real Kestrel (127.0.0.1, so remote addresses are real) over a fresh database holding one user and one
/// API key per role, a protected source, and an endpoint mapped after the app was built (as a later module would be).
/// </summary>
public sealed partial class SecureHost : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";
    public const string ProtectedEntity = "leak-hidden-supplier";
    public const string InformantName = "Ivan Secretov";
    public const string InformantContact = "+375 29 555-0101";
    public const string LaterEndpoint = "/later-module";

    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public string DbPath { get; private set; } = "";

    public string KeyFile { get; private set; } = "";

    public Dictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);

    public string RevokedKey { get; private set; } = "";

    /// <summary>A document ingested with --protected (its title names the informant).</summary>
    public string ProtectedDocument { get; private set; } = "";

    public bool WithAccounts { get; init; } = true;

    public bool ForceOpen { get; init; }

    public IStore Store => _app!.Services.GetRequiredService<IStore>();

    public AccessControl Access => _app!.Services.GetRequiredService<AccessControl>();

    public AuditLog Audit => new(SecurityDb.For(Store));

    public Web.Security.AccessMode Mode => _app!.Services.GetRequiredService<Web.Security.AccessMode>();

    public async Task InitializeAsync()
    {
        DbPath = await TestData.CreateDatabaseAsync();
        KeyFile = Path.Combine(Path.GetTempPath(), "chokepoint-web-tests", "keys", Guid.NewGuid().ToString("N")[..10], "key");
        if (WithAccounts)
            await SeedAsync();
        _app = ChokepointWeb.Create([], builder =>
        {
            builder.Configuration[ChokepointWeb.DbSetting] = DbPath;
            builder.Configuration[Web.Security.SourcesModule.KeyFileSetting] = KeyFile;
            builder.Configuration[Web.Security.AccessMode.OpenSetting] = ForceOpen ? "true" : "false";
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        _app.MapGet(LaterEndpoint, () => "read");
        _app.MapPost(LaterEndpoint, () => "written");
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    private async Task SeedAsync()
    {
        await using var store = await StoreFactory.OpenAsync(DbPath);
        var access = AccessControl.For(store);
        var by = new AuditContext("test", "local");
        foreach (var role in Roles.Names)
        {
            await access.Accounts.AddUserAsync(role + "-user", role, Password, by);
            Keys[role] = (await access.Accounts.CreateKeyAsync(role + "-key", role, by)).Key.Presented;
        }
        var (revoked, _) = await access.Accounts.CreateKeyAsync("old", Roles.Admin, by);
        await access.Accounts.RevokeKeyAsync(revoked.Id, by);
        RevokedKey = revoked.Presented;
        var file = Path.Combine(Path.GetDirectoryName(DbPath)!, "informant-ledger.ftm.json");
        await File.WriteAllTextAsync(file, "{\"id\": \"" + ProtectedEntity + "\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Hidden Supplier LLC\"], \"country\": [\"by\"]}}\n");
        var options = new ImportOptions { Dataset = "leak", Grading = "B2" };
        var audit = new AuditLog(SecurityDb.For(store));
        await ProtectedImport.RunAsync(store, () => FtmFormat.Open(file, options), options, new ProtectedFields(InformantName, InformantContact, file),
            new ProtectedSources(SecurityDb.For(store), KeyFileBytes(), audit), audit, by);
        var document = Path.Combine(Path.GetDirectoryName(DbPath)!, "ivan-secretov-notes.txt");
        await File.WriteAllTextAsync(document, "Peleng supplies sights to the Minsk Wheeled Tractor Plant, according to a worker.\n");
        var source = await DocumentReader.ReadAsync(document, new DocumentLimits());
        var ingested = await DocumentIngest.RunAsync(store, source, new IngestOptions { Dataset = "notes", Grading = "C3", Protected = true },
            await StoreEntityLinker.LoadAsync(store.View, CancellationToken.None));
        ProtectedDocument = ingested.SourceId;
    }

    private byte[] KeyFileBytes() => Chokepoint.Security.KeyFile.LoadOrCreate(KeyFile);

    /// <summary>A client that keeps cookies, does not follow redirects, and sends <paramref name="key"/> as X-Api-Key when given.</summary>
    public HttpClient Client(string? key = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(BaseUrl) };
        if (key is not null)
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>Signs in through the login form; returns the client holding the session cookie.</summary>
    public async Task<HttpClient> SignInAsync(string user, string password = Password)
    {
        var client = Client();
        var response = await PostLoginAsync(client, user, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string user, string password, bool withToken = true)
    {
        var token = Token(await client.GetStringAsync(new Uri("/login", UriKind.Relative)));
        var fields = new Dictionary<string, string> { ["user"] = user, ["password"] = password, ["return"] = "/app/datasets" };
        if (withToken)
            fields["__RequestVerificationToken"] = token;
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/login", UriKind.Relative), form);
    }

    /// <summary>The antiforgery token a page carries (its csrf-token meta tag).</summary>
    public static string Token(string html) => TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : "";

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]*)\"")]
    private static partial Regex TokenPattern();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
