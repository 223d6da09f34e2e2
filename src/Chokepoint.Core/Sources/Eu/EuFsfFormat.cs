using System.Xml;
using Chokepoint.Importing;

namespace Chokepoint.Sources.Eu;

/// <summary>Opens the EU Financial Sanctions File (FSF) XML for import: one entity per <c>sanctionEntity</c>.</summary>
public static class EuFsfFormat
{
    public const string Name = "eu-fsf-xml";
    public const string Namespace = "http://eu.europa.ec/fpi/fsd/export";


    public static ImportInput Open(string path, ImportOptions options)
    {
        InputFiles.Check(path, options.MaxFileBytes);
        var release = ReadGenerationDate(path);
        var stream = InputStreams.Open(path, out var bytesRead);
        return ListFile.Input(path, options, OfficialLists.Metadata("eu-fsf", options.Dataset), release, EuFsfReader.Read(SafeXml.Create(stream, path), path), bytesRead);
    }

    /// <summary>The date part of the root's <c>generationDate</c>, the release the file carries.</summary>
    private static string? ReadGenerationDate(string path)
    {
        using var reader = SafeXml.Create(InputStreams.Open(path, out _), path);
        try
        {
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "export" || reader.NamespaceURI != Namespace)
                throw new ImportException(path, null, null, $"is not an EU FSF export (root element <{reader.LocalName}> in namespace '{reader.NamespaceURI}')");
            var date = reader.GetAttribute("generationDate");
            return date is { Length: >= 10 } ? date[..10] : null;
        }
        catch (XmlException error)
        {
            throw new ImportException(path, error.LineNumber, null, error.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "is refused: it declares a DTD (document type definitions and entities are not accepted in list files)"
                : $"is not well-formed XML: {error.Message}");
        }
    }
}
