using System.Xml;

namespace Chokepoint.Sources;

/// <summary>
/// XML readers for hostile input: no DTD (so no entity expansion, no XXE), no resolver, and a
/// cap on document size, so a list file can never make the reader fetch or expand anything.
/// </summary>
public static class SafeXml
{
    /// <summary>Largest XML document accepted, in characters.</summary>
    public const long MaxCharacters = 1L << 31;

    public static XmlReader Create(Stream stream, string file)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = MaxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = true,
            Async = true,
        };
        return XmlReader.Create(stream, settings, file);
    }
}
