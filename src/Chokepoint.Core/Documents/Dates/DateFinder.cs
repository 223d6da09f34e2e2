using System.Globalization;
using System.Text.RegularExpressions;

namespace Chokepoint.Documents.Dates;

/// <summary>Dates in English and Russian text, most precise pattern first; a span is claimed by one pattern only.</summary>
public static partial class DateFinder
{
    private static readonly string[] English = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    private static readonly string[] Russian = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string RussianMonth = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<m>" + Month + @")(?:\s+(?<y>(?:19|20)\d{2}))?\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<m>" + Month + @")\s+(?<d>\d{1,2})(?:[-–](?<d2>\d{1,2}))?(?:,?\s+(?<y>(?:19|20)\d{2}))?\b")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:[-–](?<d2>\d{1,2}))?\s+(?<m>" + RussianMonth + @")(?:\s+(?<y>(?:19|20)\d{2})\s*(?:года|г\.)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex RussianDay();

    [GeneratedRegex(@"\b(?:(?<since>[Ss]ince|[Ff]rom)\s+)?the\s+(?<s>fall|autumn|spring|summer|winter)\s+of\s+(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex Season();

    [GeneratedRegex(@"(?:(?<since>[Сс]|[Сс]о)\s+)?(?<s>осени|весны|лета|зимы)\s+(?<y>(?:19|20)\d{2})(?:\s*года)?", RegexOptions.IgnoreCase)]
    private static partial Regex RussianSeason();

    [GeneratedRegex(@"\b(?<m>" + Month + @")\s+(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})[-–](?<y2>(?:19|20)\d{2})\b")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?:\b(?<since>[Ss]ince|[Ff]rom|[Cc]\s)\s*)?\b(?<y>(?:19|20)\d{2})\b(?:\s*(?:году|года|г\.))?")]
    private static partial Regex Year();

    public static List<DateMention> Find(string text)
    {
        var found = new List<DateMention>();
        Add(found, DayMonthYear(), text, m => (Iso(m, "y", "m", "d"), "day", null));
        Add(found, RussianDay(), text, m => (Iso(m, "y", "m", "d"), "day", m.Groups["d2"].Success ? Iso(m, "y", "m", "d2") : null));
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

    /// <summary>An English month name or a Russian month in any case ("February", "февраля").</summary>
    public static bool IsMonth(string word)
    {
        var lower = word.ToLowerInvariant();
        return English.Contains(lower) || lower is "май" or "мая" or "мае"
            || Russian.Any(stem => stem.Length > 2 && lower.StartsWith(stem, StringComparison.Ordinal) && lower.Length <= stem.Length + 3);
    }

    private static string Iso(Match match, string year, string month, string? day)
    {
        var name = match.Groups[month].Value.ToLowerInvariant();
        var index = Array.IndexOf(English, name);
        if (index < 0)
            index = Russian.Select((stem, i) => (stem, i)).Where(r => name.StartsWith(r.stem, StringComparison.Ordinal))
                .OrderByDescending(r => r.stem.Length).Select(r => r.i).DefaultIfEmpty(-1).First();
        var m = (index + 1).ToString("00", CultureInfo.InvariantCulture);
        var y = match.Groups[year].Success ? match.Groups[year].Value : "-";
        if (day is null)
            return $"{y}-{m}";
        var d = int.Parse(match.Groups[day].Value, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture);
        return $"{y}-{m}-{d}";
    }
}
