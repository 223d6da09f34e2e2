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

    /// <summary>Adds each country named in a free-text field ("Russia", "(1) Syria (2) Iraq", "Iran, Iraq"); what is not a country goes to notes.</summary>
    public static void AddCountries(EntityRecord record, string prop, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || AddCountry(record, prop, raw))
            return;
        var parts = System.Text.RegularExpressions.Regex.Split(raw, @"\(\d+\)|[;,]").Select(p => p.Trim().TrimEnd('.')).Where(p => p.Length > 0).ToList();
        if (parts.Count > 1 && parts.All(p => Countries.TryNormalize(p) is not null))
        {
            foreach (var part in parts)
                AddCountry(record, prop, part);
            return;
        }
        record.Add("notes", $"{prop}: {raw.Trim()}");
    }

    /// <summary>Adds an identifier; one too long to be a single identifier (a list in prose) goes to notes instead.</summary>
    public static void AddIdentifier(EntityRecord record, string prop, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return;
        var value = raw.Trim();
        if (value.Length <= 64 && !value.Any(char.IsControl))
            record.Add(prop, value);
        else
            record.Add("notes", $"{prop}: {value}");
    }

    /// <summary>The items of a numbered list "(1) A-333602 (2) M110522", or the whole text when it is not one.</summary>
    public static IEnumerable<string> Numbered(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [];
        if (!text.TrimStart().StartsWith("(1)", StringComparison.Ordinal))
            return [text.Trim()];
        return System.Text.RegularExpressions.Regex.Split(text, @"\(\d+\)").Select(p => p.Trim()).Where(p => p.Length > 0);
    }

    /// <summary>Drops repeated property values (lists repeat a value on every name variant row).</summary>
    public static void Dedupe(EntityRecord record)
    {
        var seen = new HashSet<(string, string)>();
        record.Values.RemoveAll(kv => !seen.Add((kv.Key, kv.Value.Trim())));
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
