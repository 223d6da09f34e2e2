using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Chokepoint.Documents.Ingestion;

/// <summary>
/// The main text of an HTML page: article or main element when there is one, without navigation, scripts and footers,
/// nor blocks whose class or id names page furniture (cookie banners, sidebars, share bars) or whose text is mostly links.
/// </summary>
public static class HtmlText
{
    private const string Boilerplate = "script, style, noscript, nav, footer, header, aside, form, iframe, svg, template, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BR", "TR", "SECTION", "ARTICLE", "BLOCKQUOTE", "PRE", "TABLE", "UL", "OL", "DD", "DT", "FIGCAPTION",
    };

    public static DocumentSource Read(string location, byte[] bytes)
    {
        var html = PlainText.Decode(location, bytes);
        var document = new HtmlParser().ParseDocument(html);
        var title = Meta(document, "og:title") ?? document.Title?.Trim() ?? document.QuerySelector("h1")?.TextContent.Trim();
        foreach (var element in document.QuerySelectorAll(Boilerplate).ToList())
            element.Remove();
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
        HtmlFurniture.Remove(root);
        var builder = new StringBuilder();
        Append(root, builder);
        var text = string.Join('\n', builder.ToString().Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0));
        return new DocumentSource
        {
            Location = location,
            Format = "html",
            Text = text,
            Sha256 = "",
            Bytes = bytes.Length,
            Title = string.IsNullOrWhiteSpace(title) ? null : title,
            Publisher = Meta(document, "og:site_name"),
            Published = Meta(document, "article:published_time") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            Url = Meta(document, "og:url"),
        };
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
                continue;
            }
            if (child is not IElement element)
                continue;
            var block = Blocks.Contains(element.TagName);
            if (block)
                builder.Append('\n');
            Append(element, builder);
            if (block)
                builder.Append('\n');
        }
    }

    private static string? Meta(IDocument document, string property) =>
        document.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content")?.Trim() is { Length: > 0 } value ? value : null;
}
