using System.Globalization;
using System.Text.RegularExpressions;

namespace Chokepoint.Sources.Ofac;

/// <summary>OFAC's dates: "31 Aug 1960", "Aug 1960", "1960", "circa 1960", and ranges "1960 to 1962".</summary>
public static partial class OfacDates
{
    /// <summary>ISO partial dates (a range gives both ends); empty when the text is not a date.</summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        var value = text.Trim().TrimEnd('.');
        if (value.StartsWith("circa ", StringComparison.OrdinalIgnoreCase))
            value = value[6..].Trim();
        var parts = value.Split(" to ", StringSplitOptions.TrimEntries);
        if (parts.Length > 2)
            return [];
        var dates = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (One(part) is not { } date)
                return [];
            dates.Add(date);
        }
        return dates;
    }

    private static string? One(string text)
    {
        var match = DatePattern().Match(text);
        if (!match.Success)
            return null;
        var year = match.Groups["year"].Value;
        if (!match.Groups["month"].Success)
            return year;
        if (!DateTime.TryParseExact(match.Groups["month"].Value, "MMM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return null;
        var monthText = month.Month.ToString("00", CultureInfo.InvariantCulture);
        if (!match.Groups["day"].Success)
            return $"{year}-{monthText}";
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var last = DateTime.DaysInMonth(int.Parse(year, CultureInfo.InvariantCulture), month.Month);
        return day < 1 || day > last ? null : $"{year}-{monthText}-{day:00}";
    }

    [GeneratedRegex(@"^(?:(?:(?<day>\d{1,2}) )?(?<month>[A-Z][a-z]{2}) )?(?<year>(?:19|20)\d{2})$")]
    private static partial Regex DatePattern();
}
