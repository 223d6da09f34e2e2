using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Chokepoint.Web.Pages;

/// <summary>The page layout and HTML encoding shared by every page; all text from data goes through <see cref="E"/>.</summary>
internal static class Html
{
    /// <summary>Names in every script stay readable in the page source; markup characters are still encoded.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => Encoder.Encode(text ?? "");

    public static string Url(string? text) => UrlEncoder.Default.Encode(text ?? "");

    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static IResult Page(string title, string body, string? script = null, int status = 200, string? head = null)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} · Chokepoint</title>
            <link rel="stylesheet" href="/assets/app.css">
            {head}
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            <header class="top"><nav aria-label="Main">
            <a class="brand" href="/app">Chokepoint</a>
            <a href="/app">Search</a><a href="/app/screening">Screening</a><a href="/app/datasets">Datasets</a><a href="/app/coverage">Coverage</a><a href="/app/gaps">Gaps</a><a href="/app/ownership">Ownership</a><a href="/app/paths">Paths</a><a href="/app/chokepoints">Chokepoints</a><a href="/docs/">API</a>
            </nav></header>
            <main id="main">
            {body}
            </main>
            <footer>Sanctions intelligence on the Belarusian military-industrial network · statements carry their dataset, source and grading</footer>
            """);
        if (script is not null)
            html.Append(CultureInfo.InvariantCulture, $"{script}\n");
        html.Append("</body>\n</html>\n");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    public static IResult NotFound(string what) =>
        Page("Not found", $"<h1>Not found</h1><p>{E(what)}</p><p><a href=\"/app\">Back to search</a></p>", status: 404);

    public static string Badge(string text, string kind = "") => $"<span class=\"badge {kind}\">{E(text)}</span>";

    public static string SanctionedBadge(bool sanctioned) => sanctioned ? Badge("sanctioned", "sanctioned") : "";

    /// <summary>The script a name is written in, for the names table.</summary>
    public static string Script(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
                return "Cyrillic";
            if (c is >= '\u0600' and <= '\u06FF')
                return "Arabic";
            if (c is >= '\u4E00' and <= '\u9FFF')
                return "Han";
            if (c is >= '\uAC00' and <= '\uD7AF')
                return "Hangul";
        }
        return text.Any(char.IsLetter) ? "Latin" : "";
    }
}
