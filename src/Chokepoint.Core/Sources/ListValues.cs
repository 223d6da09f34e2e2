using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chokepoint.Importing;
using Chokepoint.Model;

namespace Chokepoint.Sources;

/// <summary>Value conventions shared by the official-list importers: countries, list dates, stable ids.</summary>
public static class ListValues
{
    /// <summary>Adds a country when it is one; "00" and "UNKNOWN" (the EU's unknown) add nothing. False when the text is not a country.</summary>
    public static bool AddCountry(EntityRecord record, string prop, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Trim() is "00" or "UNKNOWN" or "Unknown")
            return true;
        if (Countries.TryNormalize(raw) is not { } code)
            return false;
        record.Add(prop, code);
        return true;
    }

    /// <summary>Day-first dates with placeholders for unknown parts: 28/09/1955, 00/10/1983, dd/mm/1968, 1954.</summary>
    public static string? DayFirstDate(string? raw) => SlashDate(raw, dayFirst: true);

    /// <summary>US dates, MM/DD/YYYY, or ISO dates as they are.</summary>
    public static string? MonthFirstDate(string? raw) => SlashDate(raw, dayFirst: false);

    private static string? SlashDate(string? raw, bool dayFirst)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        if (PartialDate.TryParse(text, out var iso))
            return iso.ToString();
        var parts = text.Split('/');
        if (parts.Length != 3 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1000 or > 2999)
            return null;
        var (dayText, monthText) = dayFirst ? (parts[0], parts[1]) : (parts[1], parts[0]);
        var month = Number(monthText);
        var day = Number(dayText);
        if (month is null or < 1 or > 12)
            return year.ToString("D4", CultureInfo.InvariantCulture);
        if (day is null or < 1 || day > DateTime.DaysInMonth(year, month.Value))
            return $"{year:D4}-{month:D2}";
        return $"{year:D4}-{month:D2}-{day:D2}";
    }

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A short content hash for ids of things a list does not number (addresses, sanctions, persons of the DPL).</summary>
    public static string Hash(params string?[] parts)
    {
        var text = string.Join('\u001f', parts.Select(Normalize));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    /// <summary>Upper case, single spaces, no surrounding space: the form ids are hashed from.</summary>
    public static string Normalize(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    /// <summary>Splits a multi-valued field joined with <paramref name="separator"/>, dropping empties.</summary>
    public static IEnumerable<string> Split(string? text, string separator = "; ") =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
