using System.Text.Encodings.Web;
using System.Text.Json;
using Chokepoint.Model;
using Chokepoint.Search;
using Chokepoint.Storage;
using Chokepoint.Web.Datasets;
using Chokepoint.Web.Entities;
using Chokepoint.Web.Health;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Matching;
using Chokepoint.Web.Pages;
using Chokepoint.Web.Screening;
using Chokepoint.Web.Search;
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
        builder.Services.AddSingleton<ISearchIndex>(s => new StoreSearchIndex(s.GetRequiredService<IStore>()));
        builder.Services.AddSingleton<MatchService>();
        builder.Services.AddHostedService<StoreStartup>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Chokepoint API";
            document.Info.Description = "Sanctions intelligence: datasets, entities with statements and sources, name search, screening. Errors are ProblemDetails.";
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
        app.MapOpenApi();
        // Scalar serves its bundled script from this process; the hosted extras (agent, developer tools) need the internet.
        app.MapScalarApiReference("/docs", o =>
        {
            o.WithTitle("Chokepoint API").DisableAgent().WithDotNetFlag(false);
            o.ShowDeveloperTools = DeveloperToolsVisibility.Never;
        });
        app.MapHealth();
        app.MapDatasets();
        app.MapEntities();
        app.MapSearch();
        app.MapMatching();
        app.MapStatements();
        app.MapScreening();
        app.MapPages();
        app.MapAssets();
        return app;
    }
}
