using System.Globalization;
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

    /// <summary>A page in the shared layout; the layout adds who is signed in and the antiforgery token when the page is served.</summary>
    public static IResult Page(string title, string body, string? script = null, int status = 200, string? head = null) => new HtmlPage(title, body, script, status, head);

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
