using System.Globalization;
using System.Text;

namespace Chokepoint.Model;

/// <summary>Per-type validation and cleaning of property values.</summary>
internal static class ValueCleaner
{
    public static bool TryClean(PropertyType type, string raw, out string cleaned, out string? error)
    {
        if (!TryCleanValue(type, raw, out cleaned, out error))
            return false;
        if (cleaned.Length <= type.MaxLength)
            return true;
        return Fail($"is {cleaned.Length} characters long, the limit for type {type.Name} is {type.MaxLength}", out error);
    }

    private static bool TryCleanValue(PropertyType type, string raw, out string cleaned, out string? error)
    {
        cleaned = "";
        error = null;
        var value = raw.Trim();
        if (value.Length == 0)
            return Fail("is empty", out error);
        if (value.Length > Math.Max(type.MaxLength, 256))
            return Fail($"is {value.Length} characters long, the limit for type {type.Name} is {type.MaxLength}", out error);
        if (HasControlCharacters(value, allowNewlines: type.Name is "text" or "html" or "json" or "address"))
            return Fail("contains control characters", out error);
        switch (type.Name)
        {
            case "date":
                if (!PartialDate.TryParse(value, out var date))
                    return Fail($"'{Shorten(value)}' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp)", out error);
                cleaned = date.ToString();
                return true;
            case "country":
                if (Countries.TryNormalize(value) is not { } code)
                    return Fail($"'{Shorten(value)}' is not a country code or name", out error);
                cleaned = code;
                return true;
            case "number":
                if (!IsNumber(value))
                    return Fail($"'{Shorten(value)}' is not a number", out error);
                cleaned = value;
                return true;
            case "url":
                if (!IsUrl(value))
                    return Fail($"'{Shorten(value)}' is not an absolute URL", out error);
                cleaned = value;
                return true;
            case "entity":
                if (value.Any(char.IsWhiteSpace))
                    return Fail($"'{Shorten(value)}' is not an entity id (ids have no spaces)", out error);
                cleaned = value;
                return true;
            case "hscode":
                var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
                if (digits.Length is < 2 or > 10 || value.Any(c => !char.IsAsciiDigit(c) && c is not '.' and not ' '))
                    return Fail($"'{Shorten(value)}' is not an HS code (2 to 10 digits)", out error);
                cleaned = digits;
                return true;
            case "topic" or "language" or "gender":
                cleaned = value.ToLowerInvariant();
                return true;
            case "identifier":
                cleaned = value;
                return true;
            default:
                cleaned = IsComposed(value) ? value : value.Normalize(NormalizationForm.FormC);
                return true;
        }
    }

    /// <summary>The comparable form of an identifier: letters and digits only, upper case (RU 7707083893 = ru-7707083893).</summary>
    public static string IdentifierKey(string value) =>
        new(value.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    /// <summary>
    /// True when the value is NFC for certain without asking ICU: every character is below U+0300 (Latin, no combining
    /// marks) or Cyrillic (U+0400-U+04FF, whose combining marks neither compose nor reorder). Other text is normalized.
    /// </summary>
    private static bool IsComposed(string value)
    {
        foreach (var c in value)
        {
            if (c >= '\u0300' && c is < '\u0400' or > '\u04FF')
                return false;
        }
        return true;
    }

    private static bool IsNumber(string value)
    {
        var compact = value.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return decimal.TryParse(compact, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }

    private static bool IsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ftp" or "mailto";

    private static bool HasControlCharacters(string value, bool allowNewlines)
    {
        foreach (var c in value)
        {
            if (c is '\n' or '\r' or '\t' && allowNewlines)
                continue;
            if (char.IsControl(c))
                return true;
        }
        return false;
    }

    private static bool Fail(string reason, out string? error)
    {
        error = reason;
        return false;
    }

    internal static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
