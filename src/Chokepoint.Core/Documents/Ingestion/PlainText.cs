using System.Text;

namespace Chokepoint.Documents.Ingestion;

/// <summary>UTF-8 text files; binary content behind a text extension is refused, not decoded into noise.</summary>
public static class PlainText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DocumentSource Read(string location, byte[] bytes)
    {
        var text = Decode(location, bytes);
        var title = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return new DocumentSource
        {
            Location = location,
            Format = "text",
            Text = text,
            Sha256 = "",
            Bytes = bytes.Length,
            Title = title is { Length: > 200 } ? title[..200] : title,
        };
    }

    public static string Decode(string location, byte[] bytes)
    {
        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
            throw new InvalidDataException($"{location}: binary content (NUL bytes), not text");
        try
        {
            var text = Strict.GetString(bytes);
            var control = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
            if (control > text.Length / 100 + 2)
                throw new InvalidDataException($"{location}: binary content ({control} control characters), not text");
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException($"{location}: not valid UTF-8 text (binary content or a legacy encoding)");
        }
    }
}
