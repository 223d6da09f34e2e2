using System.Xml;
using System.Xml.Linq;
using Chokepoint.Importing;

namespace Chokepoint.Sources.Eu;

/// <summary>Streams <c>sanctionEntity</c> elements and maps each to its entity and derived entities.</summary>
public static class EuFsfReader
{
    private static readonly XNamespace Ns = EuFsfFormat.Namespace;

    public static IEnumerable<ReadItem> Read(XmlReader reader, string file)
    {
        using (reader)
        {
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sanctionEntity" || reader.NamespaceURI != EuFsfFormat.Namespace)
                {
                    reader.Read();
                    continue;
                }
                var line = (reader as IXmlLineInfo)?.LineNumber;
                var element = (XElement)XNode.ReadFrom(reader);
                foreach (var item in EuFsfEntity.Map(element, file, line))
                    yield return item;
            }
        }
    }

    internal static string? Attr(XElement element, string name) =>
        element.Attribute(name)?.Value is { Length: > 0 } value ? value.Trim() : null;

    internal static IEnumerable<XElement> Children(XElement element, string name) => element.Elements(Ns + name);
}
