using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;
using Chokepoint.Importing;

namespace Chokepoint.Sources.Un;

/// <summary>
/// Opens the UN Security Council consolidated list XML (<c>CONSOLIDATED_LIST dateGenerated=...</c> with
/// INDIVIDUALS and ENTITIES); the release is the file's dateGenerated. DTDs are refused (see <see cref="SafeXml"/>).
/// </summary>
public static class UnXmlFormat
{
    public const string Name = "un-xml";
    public const string Root = "CONSOLIDATED_LIST";

    public static ImportInput Open(string path, ImportOptions options)
    {
        var file = InputFiles.Check(path, options.MaxFileBytes);
        var generated = ReadGenerated(path, options.MaxFileBytes);
        long read = 0;
        return new ImportInput
        {
            File = path,
            Metadata = OfficialLists.Metadata("un-sc", options.Dataset),
            Release = generated,
            Sources = [InputFiles.ReleaseSource(path, options.Dataset, "https://scsanctions.un.org/resources/xml/en/consolidated.xml", generated)],
            Records = ReadAsync(path, options.MaxFileBytes, () => read = file.Length),
            TotalBytes = file.Length,
            BytesRead = () => read,
        };
    }

    /// <summary>The date part of the root's dateGenerated; also proves the file is a UN list before the import starts.</summary>
    private static string? ReadGenerated(string path, long maxBytes)
    {
        using var reader = SafeXml.Create(InputStreams.Open(path, maxBytes), path);
        try
        {
            reader.MoveToContent();
        }
        catch (XmlException error)
        {
            throw Error(path, error);
        }
        if (reader.LocalName != Root)
            throw new ImportException(path, ((IXmlLineInfo)reader).LineNumber, null, $"root element is <{reader.LocalName}>, a UN consolidated list has <{Root}>");
        var generated = reader.GetAttribute("dateGenerated");
        return generated is { Length: >= 10 } ? generated[..10] : null;
    }

    private static async IAsyncEnumerable<ReadItem> ReadAsync(string path, long maxBytes, Action done, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        using var reader = SafeXml.Create(InputStreams.Open(path, maxBytes), path);
        var mapper = new UnMapper(path);
        while (Next(reader, path) is { } next)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (element, line) = next;
            foreach (var record in mapper.Map(element, line))
                yield return ReadItem.Of(record);
        }
        done();
    }

    /// <summary>The next INDIVIDUAL or ENTITY element with its line, or null at the end of the document.</summary>
    private static (XElement, long)? Next(XmlReader reader, string path)
    {
        try
        {
            if (reader.ReadState == ReadState.Initial)
                reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "INDIVIDUAL" or "ENTITY")
                {
                    var line = ((IXmlLineInfo)reader).LineNumber;
                    return ((XElement)XNode.ReadFrom(reader), line);
                }
                reader.Read();
            }
            return null;
        }
        catch (XmlException error)
        {
            throw Error(path, error);
        }
    }

    private static ImportException Error(string path, XmlException error) =>
        new(path, error.LineNumber > 0 ? error.LineNumber : null, null, $"is not a valid or safe XML document: {error.Message}");
}
