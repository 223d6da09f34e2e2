using System.Globalization;
using System.Text;
using Chokepoint.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using static Chokepoint.Web.Pages.Html;

namespace Chokepoint.Web.Pages;

/// <summary>
/// The page layout, rendered when the result executes so that it can show who is signed in and carry the antiforgery
/// token: in a <c>csrf-token</c> meta tag that <c>/assets/session.js</c> adds to same-origin fetches and POST forms.
/// </summary>
internal sealed class HtmlPage(string title, string body, string? script, int status, string? head = null) : IResult
{
    public Task ExecuteAsync(HttpContext context)
    {
        var token = context.RequestServices.GetService<IAntiforgery>()?.GetAndStoreTokens(context).RequestToken ?? "";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="csrf-token" content="{E(token)}">
            <title>{E(title)} · Chokepoint</title>
            <link rel="stylesheet" href="/assets/app.css">
            <script src="/assets/session.js"></script>
            {head}
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            <header class="top"><nav aria-label="Main">
            <a class="brand" href="/app">Chokepoint</a>
            <a href="/app">Search</a><a href="/app/screening">Screening</a><a href="/app/datasets">Datasets</a><a href="/app/coverage">Coverage</a><a href="/app/gaps">Gaps</a><a href="/app/ownership">Ownership</a><a href="/app/paths">Paths</a><a href="/app/chokepoints">Chokepoints</a><a href="/docs/">API</a>
            </nav>{Who(context, token)}</header>
            <main id="main">
            {body}
            </main>
            <footer>Sanctions intelligence on the Belarusian military-industrial network · statements carry their dataset, source and grading</footer>
            """);
        if (script is not null)
            html.Append(CultureInfo.InvariantCulture, $"{script}\n");
        html.Append("</body>\n</html>\n");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status).ExecuteAsync(context);
    }

    private static string Who(HttpContext context, string token) => context.Principal() switch
    {
        { Kind: "user" } p => $"""
            <form class="who" method="post" action="/logout"><span>Signed in as <strong>{E(p.Name)}</strong> ({E(p.Role)})</span>
            <input type="hidden" name="__RequestVerificationToken" value="{E(token)}"><button type="submit" class="secondary">Sign out</button></form>
            """,
        { Kind: "open" } => "<p class=\"who\">Open access (no accounts yet) · <a href=\"/login\">Sign in</a></p>",
        { } p => $"<p class=\"who\">Signed in as <strong>{E(p.Name)}</strong> ({E(p.Role)})</p>",
        null => "<p class=\"who\"><a href=\"/login\">Sign in</a></p>",
    };
}
