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
        text = text.Trim();
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryDigits(text.AsSpan(0, 4), out var y) && TryDigits(text.AsSpan(5, 2), out var m) && TryDigits(text.AsSpan(8, 2), out var d))
            return TryCreate(y, m, d, null, out date);
        var match = IsoDate().Match(text);
        if (!match.Success)
            return false;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        var time = match.Groups["t"].Success ? match.Groups["t"].Value : null;
        return TryCreate(year, month, day, time, out date);
    }

    private static bool TryCreate(int year, int? month, int? day, string? time, out PartialDate date)
    {
        date = default;
        if (year is < 1000 or > 2999 || month is < 1 or > 12)
            return false;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
            return false;
        date = new PartialDate(year, month, day, time);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
                return false;
            value = value * 10 + (c - '0');
        }
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
