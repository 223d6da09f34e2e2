using System.Text.RegularExpressions;

namespace Chokepoint.Sources.Ofac;

/// <summary>
/// Splits OFAC's free-text remarks ("DOB 10 Dec 1948; POB Cairo, Egypt; Passport 1084010 (Egypt); Linked To: X.")
/// into facts; a part that matches no known label is kept whole as a note.
/// </summary>
public static partial class OfacRemarkParser
{
    private static readonly HashSet<string> DateKinds = new(StringComparer.Ordinal) { "birthDate", "buildDate", "incorporationDate" };

    public static List<OfacRemark> Parse(string? remarks, OfacRemarkLabels? labels = null)
    {
        labels ??= OfacRemarkLabels.Default;
        var facts = new List<OfacRemark>();
        if (string.IsNullOrWhiteSpace(remarks))
            return facts;
        var text = remarks.Trim();
        if (text.EndsWith('.'))
            text = text[..^1];
        foreach (var raw in text.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            ParsePart(raw, labels, facts);
        return facts;
    }

    private static void ParsePart(string raw, OfacRemarkLabels labels, List<OfacRemark> facts)
    {
        var part = raw.StartsWith("alt. ", StringComparison.Ordinal) ? raw[5..].Trim() : raw;
        if (AliasPattern().Match(part) is { Success: true } alias)
        {
            var kind = alias.Groups["kind"].Value switch
            {
                "f.k.a." => "previousName",
                "weak a.k.a." => "weakAlias",
                _ => "alias",
            };
            facts.Add(new OfacRemark(kind, alias.Groups["name"].Value.Trim()));
            return;
        }
        if (labels.Match(part) is not { } matched || matched.Value.Length == 0)
        {
            facts.Add(new OfacRemark("notes", raw));
            return;
        }
        var (label, rest) = matched;
        if (labels.Identifiers.ContainsKey(label))
        {
            var id = IdentifierPattern().Match(rest);
            facts.Add(new OfacRemark("identifier", id.Groups["number"].Value.Trim(), label,
                Group(id, "country"), Group(id, "issued"), Group(id, "expires")));
            return;
        }
        var valueKind = labels.Values[label];
        if (DateKinds.Contains(valueKind))
        {
            var dates = OfacDates.Parse(rest);
            if (dates.Count == 0)
                facts.Add(new OfacRemark("notes", raw));
            foreach (var date in dates)
                facts.Add(new OfacRemark(valueKind, date));
            return;
        }
        if (valueKind == "provisions")
            rest = raw;
        else if (valueKind == "gender")
            rest = rest.ToLowerInvariant();
        facts.Add(new OfacRemark(valueKind, rest));
    }

    private static string? Group(Match match, string name) =>
        match.Groups[name] is { Success: true } group && group.Value.Trim().Length > 0 ? group.Value.Trim() : null;

    [GeneratedRegex(@"^(?<kind>weak a\.k\.a\.|a\.k\.a\.|f\.k\.a\.|n\.k\.a\.),?\s+'(?<name>.+)'$")]
    private static partial Regex AliasPattern();

    [GeneratedRegex(@"^(?<number>.+?)(?:\s*\((?<country>[^()]+)\))?(?:\s*,?\s*issued (?<issued>.+?))?(?:\s*,?\s*expires (?<expires>.+))?$")]
    private static partial Regex IdentifierPattern();
}
