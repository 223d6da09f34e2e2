using System.Globalization;
using System.Text.RegularExpressions;

namespace Chokepoint.Model;

/// <summary>A date known to year, month, day, or (for timestamps) second precision: 2022, 2022-03, 2022-03-01.</summary>
public readonly partial record struct PartialDate(int Year, int? Month, int? Day, string? Time)
{
    public DatePrecision Precision =>
        Time is not null ? DatePrecision.Second : Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var match = IsoDate().Match(text.Trim());
        if (!match.Success)
            return false;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (year is < 1000 or > 2999 || month is < 1 or > 12)
            return false;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
            return false;
        var time = match.Groups["t"].Success ? match.Groups["t"].Value : null;
        date = new PartialDate(year, month, day, time);
        return true;
    }

    public override string ToString()
    {
        var text = Year.ToString("D4", CultureInfo.InvariantCulture);
        if (Month is { } m)
            text += "-" + m.ToString("D2", CultureInfo.InvariantCulture);
        if (Day is { } d)
            text += "-" + d.ToString("D2", CultureInfo.InvariantCulture);
        if (Time is { } t)
            text += "T" + t;
        return text;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2})(?:[T ](?<t>\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?))?)?)?$")]
    private static partial Regex IsoDate();
}

public enum DatePrecision
{
    Year,
    Month,
    Day,
    Second,
}
