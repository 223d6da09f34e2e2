using System.Text;
using Chokepoint.Importing;

namespace Chokepoint.Sources;

/// <summary>
/// Decodes a list file as UTF-8 (with or without BOM) or, when a BOM says so, UTF-16. Anything else is
/// refused with the line of the first bad byte and a guess at the encoding it was written in.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes, string file)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            var offset = FirstInvalid(bytes, start);
            var line = 1 + bytes.AsSpan(0, offset).Count((byte)'\n');
            throw new ImportException(file, line, null,
                $"is not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset}); it looks like {Guess(bytes)}: convert the file to UTF-8");
        }
    }

    /// <summary>The offset of the first byte that breaks UTF-8.</summary>
    private static int FirstInvalid(byte[] bytes, int start)
    {
        var decoder = StrictUtf8.GetDecoder();
        var chars = new char[4];
        for (var i = start; i < bytes.Length; i++)
        {
            try
            {
                decoder.GetChars(bytes, i, 1, chars, 0, flush: false);
            }
            catch (DecoderFallbackException)
            {
                return i;
            }
        }
        return bytes.Length - 1;
    }

    /// <summary>Windows-1251 Cyrillic words are runs of bytes 0xC0-0xFF; Latin-1 text has single accented letters between ASCII ones.</summary>
    private static string Guess(byte[] bytes)
    {
        int high = 0, inRuns = 0, runs = 0, run = 0;
        foreach (var b in bytes)
        {
            if (b >= 0x80)
                high++;
            run = b >= 0xC0 ? run + 1 : 0;
            if (run == 3)
            {
                runs++;
                inRuns += 3;
            }
            else if (run > 3)
                inRuns++;
        }
        return runs >= 3 || inRuns * 2 >= high ? "Windows-1251 (Cyrillic)" : "Latin-1 / Windows-1252";
    }
}
