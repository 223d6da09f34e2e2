using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chokepoint.Core.Tests.Sources.Updates;

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 and a random port serving one list file at <c>/list</c>,
/// with ETag and Last-Modified, and switchable faults: 500 answers and truncated bodies.
/// </summary>
internal sealed class ListServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ListServer(WebApplication app) => _app = app;

    public byte[] Content { get; set; } = [];
    public string ETag { get; set; } = "\"v1\"";
    public DateTimeOffset LastModified { get; set; } = new(2026, 8, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How many of the next requests get a 500.</summary>
    public int FailNext { get; set; }

    /// <summary>Send only half of the body while declaring its full length.</summary>
    public bool Truncate { get; set; }

    public int Requests { get; private set; }
    public int NotModifiedAnswers { get; private set; }
    public string Url { get; private set; } = "";

    public static async Task<ListServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ListServer(app);
        app.MapGet("/list", server.ServeAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = $"{address}/list";
        return server;
    }

    private async Task ServeAsync(HttpContext context)
    {
        Requests++;
        if (FailNext > 0)
        {
            FailNext--;
            context.Response.StatusCode = 500;
            return;
        }
        if (context.Request.Headers.IfNoneMatch.ToString() == ETag)
        {
            NotModifiedAnswers++;
            context.Response.StatusCode = 304;
            return;
        }
        context.Response.Headers.ETag = ETag;
        context.Response.Headers.LastModified = LastModified.ToString("R");
        context.Response.ContentLength = Content.Length;
        if (Truncate)
        {
            await context.Response.Body.WriteAsync(Content.AsMemory(0, Content.Length / 2));
            await context.Response.Body.FlushAsync();
            // Let the client read the headers and half the body before the connection goes.
            await Task.Delay(300);
            context.Abort();
            return;
        }
        await context.Response.Body.WriteAsync(Content);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
