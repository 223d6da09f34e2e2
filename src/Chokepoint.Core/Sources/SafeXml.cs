using System.Xml;

namespace Chokepoint.Sources;

/// <summary>
/// XML readers for hostile input: no DTD (so no external entities and no entity expansion),
/// no resolver, and a cap on characters per document, so a crafted file fails fast with a clear error.
/// </summary>
public static class SafeXml
{
    public const long MaxCharacters = 512L * 1024 * 1024;

    public static XmlReader Create(Stream stream, string file)
    {
        ArgumentNullException.ThrowIfNull(stream);
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
            Async = false,
        };
        var context = new XmlParserContext(null, null, null, XmlSpace.None) { BaseURI = file };
        return XmlReader.Create(stream, settings, context);
    }
}
