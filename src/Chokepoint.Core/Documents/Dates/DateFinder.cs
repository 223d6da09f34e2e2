using System.Globalization;
using System.Text.RegularExpressions;

namespace Chokepoint.Documents.Dates;

/// <summary>Dates in English and Russian text, most precise pattern first; a span is claimed by one pattern only.</summary>
public static partial class DateFinder
{
    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December";

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<m>" + Month + @")(?:\s+(?<y>(?:19|20)\d{2}))?\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<m>" + Month + @")\s+(?<d>\d{1,2})(?:[-–](?<d2>\d{1,2}))?(?:,?\s+(?<y>(?:19|20)\d{2}))?\b")]
    private static partial Regex MonthDay();

    /// <summary>A day (or day range) before a Cyrillic month name from <c>months.yaml</c> ("5 красавіка 2025 года").</summary>
    private static readonly Lazy<Regex> CyrillicDay = new(() => new Regex(
        @"\b(?<d>\d{1,2})(?:[-–](?<d2>\d{1,2}))?\s+(?<m>"
        + string.Join("|", Lexicon.Default.Months.Keys.Where(k => k.Any(c => c is >= 'а' and <= 'я' or 'і' or 'ї' or 'є' or 'ў' or 'ё')).OrderByDescending(k => k.Length))
        + @")\b(?:\s+(?<y>(?:19|20)\d{2})\s*(?:года|году|року|г\.)?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    [GeneratedRegex(@"\b(?:(?<since>[Ss]ince|[Ff]rom)\s+)?the\s+(?<s>fall|autumn|spring|summer|winter)\s+of\s+(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex Season();

    [GeneratedRegex(@"(?:(?<since>[Сс]|[Сс]о|[Зз])\s+)?(?<s>осени|весны|лета|зимы|осені|весни|літа|зими|восені|вясны|лета|зімы)\s+(?<y>(?:19|20)\d{2})(?:\s*(?:года|року))?", RegexOptions.IgnoreCase)]
    private static partial Regex RussianSeason();

    [GeneratedRegex(@"\b(?<m>" + Month + @")\s+(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})[-–](?<y2>(?:19|20)\d{2})\b")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?:\b(?<since>[Ss]ince|[Ff]rom|[Cc]\s)\s*)?\b(?<y>(?:19|20)\d{2})\b(?:\s*(?:году|года|року|році|г\.))?")]
    private static partial Regex Year();

    public static List<DateMention> Find(string text)
    {
        var found = new List<DateMention>();
        Add(found, DayMonthYear(), text, m => (Iso(m, "y", "m", "d"), "day", null));
        Add(found, CyrillicDay.Value, text, m => (Iso(m, "y", "m", "d"), "day", m.Groups["d2"].Success ? Iso(m, "y", "m", "d2") : null));
        Add(found, MonthDay(), text, m => (Iso(m, "y", "m", "d"), "day", m.Groups["d2"].Success ? Iso(m, "y", "m", "d2") : null));
        Add(found, Season(), text, m => (m.Groups["y"].Value, "season", null));
        Add(found, RussianSeason(), text, m => (m.Groups["y"].Value, "season", null));
        Add(found, MonthYear(), text, m => (Iso(m, "y", "m", null), "month", null));
        Add(found, YearRange(), text, m => (m.Groups["y"].Value, "year", m.Groups["y2"].Value));
        Add(found, Year(), text, m => (m.Groups["y"].Value, "year", null));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void Add(List<DateMention> found, Regex pattern, string text, Func<Match, (string Value, string Precision, string? Until)> read)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (found.Any(f => f.Start < match.Index + match.Length && match.Index < f.End))
                continue;
            var (value, precision, until) = read(match);
            found.Add(new DateMention(match.Index, match.Index + match.Length, match.Value.Trim(), value, precision)
            {
                Until = until,
                Since = match.Groups["since"].Success,
            });
        }
    }

    /// <summary>A month name in any language and case form listed in <c>months.yaml</c> ("February", "красавіка").</summary>
    public static bool IsMonth(string word) => Lexicon.Default.Months.ContainsKey(word);

    private static string Iso(Match match, string year, string month, string? day)
    {
        var m = Lexicon.Default.Months[match.Groups[month].Value].ToString("00", CultureInfo.InvariantCulture);
        var y = match.Groups[year].Success ? match.Groups[year].Value : "-";
        if (day is null)
            return $"{y}-{m}";
        var d = int.Parse(match.Groups[day].Value, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture);
        return $"{y}-{m}-{d}";
    }
}
