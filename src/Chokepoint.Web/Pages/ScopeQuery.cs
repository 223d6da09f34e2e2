namespace Chokepoint.Web.Pages;

/// <summary>What the coverage and gaps forms ask for; empty when the page is opened without a query.</summary>
internal sealed record ScopeQuery(string? Dataset, string? Topic, string? Matcher, string? Authority)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Dataset) && string.IsNullOrWhiteSpace(Topic);

    public string QueryString =>
        string.Join('&', new[] { ("dataset", Dataset), ("topic", Topic), ("matcher", Matcher) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
}
