using System.Xml;
using System.Xml.Linq;
using Chokepoint.Importing;

namespace Chokepoint.Sources.Uk;

/// <summary>
/// Opens the FCDO UK Sanctions List XML (<c>Designations/Designation</c>). Entities get
/// <c>gb-hmt-&lt;OFSIGroupID&gt;</c>, as in the OFSI ConList, so both UK formats give the same ids.
/// </summary>
public static class FcdoFormat
{
    public const string Name = "uk-fcdo-xml";
    public const string Authority = "UK Foreign, Commonwealth & Development Office";

    public static ImportInput Open(string path, ImportOptions options)
    {
        InputFiles.Check(path, options.MaxFileBytes);
        var stream = InputStreams.Open(path, out var bytesRead);
        var metadata = OfficialLists.Metadata("uk-fcdo", options.Dataset);
        return ListFile.Input(path, options, metadata, ReadRelease(path), Read(SafeXml.Create(stream, path), path), bytesRead);
    }

    private static string? ReadRelease(string path)
    {
        using var reader = SafeXml.Create(InputStreams.Open(path, out _), path);
        try
        {
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "Designations")
                throw new ImportException(path, null, null, $"is not a UK Sanctions List XML (root element <{reader.LocalName}>, expected <Designations>)");
            if (reader.GetAttribute("dateGenerated") is { Length: >= 10 } generated)
                return generated[..10];
            return reader.ReadToDescendant("DateGenerated") ? ListValues.DayFirstDate(reader.ReadElementContentAsString()) : null;
        }
        catch (XmlException error)
        {
            throw new ImportException(path, error.LineNumber, null, error.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "is refused: it declares a DTD (document type definitions and entities are not accepted in list files)"
                : $"is not well-formed XML: {error.Message}");
        }
    }

    private static IEnumerable<ReadItem> Read(XmlReader reader, string file)
    {
        using (reader)
        {
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Designation")
                {
                    reader.Read();
                    continue;
                }
                var line = (reader as IXmlLineInfo)?.LineNumber;
                var element = (XElement)XNode.ReadFrom(reader);
                foreach (var item in FcdoDesignation.Map(element, file, line))
                    yield return item;
            }
        }
    }
}
