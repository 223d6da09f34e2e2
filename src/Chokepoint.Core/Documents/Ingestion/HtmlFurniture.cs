using AngleSharp.Dom;

namespace Chokepoint.Documents.Ingestion;

/// <summary>
/// Page furniture that HTML does not mark with a tag: blocks whose class or id words name it ("cookie-consent",
/// "sidebar", "site-footer", "breadcrumbs"), and short blocks of two or more links whose text is mostly link text (menus, "most read" lists).
/// A block holding the page's headline or most of its text is never furniture.
/// </summary>
internal static class HtmlFurniture
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "cookie", "cookies", "consent", "gdpr", "sidebar", "breadcrumb", "breadcrumbs", "share", "sharing", "social", "newsletter",
        "subscribe", "subscription", "related", "footer", "menu", "nav", "navbar", "navigation", "banner", "advert", "advertisement",
        "ads", "promo", "comments", "popup", "modal", "toolbar", "topbar", "masthead", "widget", "trending", "popular", "recommended",
        "header", "logo", "brand", "byline-share", "tags",
    };

    private const double LinkShare = 0.5;
    private const int ShortBlock = 300;

    public static void Remove(IElement root)
    {
        var total = Math.Max(1, root.TextContent.Length);
        foreach (var element in root.QuerySelectorAll("div, section, ul, ol, p, span, table, li").ToList())
        {
            if (element.ParentElement is null || IsContent(element, total))
                continue;
            if (NamesFurniture(element) || element.LocalName is "div" or "section" or "ul" or "ol" or "table" && IsLinkList(element))
                element.Remove();
        }
    }

    private static bool IsContent(IElement element, int total) =>
        element.QuerySelector("h1, article, main") is not null || element.TextContent.Length > total / 2;

    private static bool NamesFurniture(IElement element)
    {
        var names = $"{element.ClassName} {element.Id}";
        return names.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(Words.Contains);
    }

    private static bool IsLinkList(IElement element)
    {
        var text = Normalize(element.TextContent);
        if (text.Length == 0 || text.Length > ShortBlock)
            return false;
        var links = element.QuerySelectorAll("a");
        return links.Length >= 2 && links.Sum(a => Normalize(a.TextContent).Length) >= text.Length * LinkShare;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
