using System.Text.Encodings.Web;
using System.Text.Json;
using Chokepoint.Model;
using Chokepoint.Search;
using Chokepoint.Storage;
using Chokepoint.Web.Chokepoints;
using Chokepoint.Web.Coverage;
using Chokepoint.Web.Datasets;
using Chokepoint.Web.Entities;
using Chokepoint.Web.Graph;
using Chokepoint.Web.Health;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Matching;
using Chokepoint.Web.Ownership;
using Chokepoint.Web.Pages;
using Chokepoint.Web.Paths;
using Chokepoint.Web.Screening;
using Chokepoint.Web.Search;
using Chokepoint.Web.Security;
using Chokepoint.Web.Statements;
using Microsoft.AspNetCore.Http.Features;
using Scalar.AspNetCore;

namespace Chokepoint.Web;

/// <summary>Builds the web app: REST API modules, server-rendered pages, OpenAPI document and local API docs.</summary>
public static class ChokepointWeb
{
    /// <summary>Largest accepted request body (screening uploads); larger ones get 413.</summary>
    public const long MaxUploadBytes = 2 * 1024 * 1024;

    /// <summary>Configuration key of the store location (a SQLite file path or a postgres:// URL); CHOKEPOINT_DB also sets it.</summary>
    public const string DbSetting = "Chokepoint:Db";

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);
        var location = builder.Configuration[DbSetting] ?? Environment.GetEnvironmentVariable("CHOKEPOINT_DB") ?? StoreFactory.DefaultLocation;
        builder.Services.AddSingleton<IStore>(_ => StoreFactory.Create(location, SchemaModel.Default));
        builder.Services.AddSingleton<ISearchIndex>(s => new StoreSearchIndex(s.GetRequiredService<IStore>(), cacheNames: true));
        builder.Services.AddSingleton<MatchService>();
        builder.Services.AddSingleton<NetworkCache>();
        builder.Services.AddSingleton<NetworkAnalyses>();
        builder.Services.AddHostedService<StoreStartup>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddChokepointAccess();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Chokepoint API";
            document.Info.Description = "Sanctions intelligence: datasets, entities with statements and sources, name search, screening, network analyses (coverage, gaps, aggregate ownership, paths, chokepoints). Errors are ProblemDetails. "
                + "Send an API key (Authorization: Bearer cpk_... or X-Api-Key); without one the API answers 401, and 403 when the key's role lacks the permission.";
            ApiKeySecurityScheme.AddTo(document);
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxUploadBytes);
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.Limits.MaxRequestBodySize = MaxUploadBytes;
            o.AddServerHeader = false;
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseChokepointAccess();
        app.MapOpenApi();
        // Scalar serves its bundled script from this process; the hosted extras (agent, developer tools) need the internet.
        app.MapScalarApiReference("/docs", o =>
        {
            o.WithTitle("Chokepoint API").DisableAgent().WithDotNetFlag(false);
            o.ShowDeveloperTools = DeveloperToolsVisibility.Never;
        });
        app.MapHealth();
        app.MapSessions();
        app.MapDatasets();
        app.MapExport();
        app.MapEntities();
        app.MapSearch();
        app.MapMatching();
        app.MapStatements();
        app.MapScreening();
        app.MapCoverage();
        app.MapOwnership();
        app.MapPaths();
        app.MapChokepoints();
        app.MapPages();
        app.MapAnalysisPages();
        app.MapSources();
        app.MapAssets();
        return app;
    }
}
