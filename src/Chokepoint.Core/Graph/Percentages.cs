using System.Globalization;

namespace Chokepoint.Graph;

/// <summary>Reads an Ownership <c>percentage</c>. Anything but one plain number in 0..100 is unknown: ranges and words are not guessed.</summary>
public static class Percentages
{
    public static float Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return float.NaN;
        var text = raw.Trim().TrimEnd('%').Trim().Replace(',', '.');
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return float.NaN;
        return value is >= 0 and <= 100 ? (float)value : float.NaN;
    }

    public static double? Known(float value) => float.IsNaN(value) ? null : value;
}
