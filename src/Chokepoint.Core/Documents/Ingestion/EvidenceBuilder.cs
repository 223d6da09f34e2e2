using System.Globalization;
using Chokepoint.Documents.Mentions;
using Chokepoint.Importing;
using Chokepoint.Statements;

namespace Chokepoint.Documents.Ingestion;

/// <summary>Turns an extraction into entity records: the Document, a Mention per name, new candidate entities, Claims, Supply and other relations, Observations and Events.</summary>
internal sealed class EvidenceBuilder(DocumentSource source, DocumentExtraction extraction, string dataset, bool isProtected = false)
{
    private readonly string _file = isProtected ? Security.ProtectedSources.Label : source.Location;
    private readonly string _doc = source.SourceId;

    public List<Evidence> Items { get; } = [];

    /// <summary>What error messages call the document: its location, or the redacted label of a protected source.</summary>
    public string File => _file;

    public Evidence Add(string id, string schema, int start, int end, string? quote = null)
    {
        var span = new TextSpan(start, end);
        var record = new EntityRecord { Id = id, Schema = schema, File = _file, SourceId = _doc, Quote = quote is "" ? null : quote ?? extraction.Text[start..end], Span = span };
        var evidence = new Evidence(record, span);
        Items.Add(evidence);
        return evidence;
    }

    public void AddDocument()
    {
        var document = Add(_doc, "Document", 0, Math.Min(extraction.Text.Length, 200), "").Record;
        document.Add("contentHash", source.Sha1);
        if (isProtected)
        {
            document.Add("title", Security.ProtectedSources.Label);
        }
        else
        {
            // Who published it, where from and under which file name identify a protected source; only open ones carry them.
            document.Add("title", source.Title ?? Path.GetFileName(source.Location));
            document.Add("fileName", Path.GetFileName(source.Location));
            document.Add("sourceUrl", source.Url);
            document.Add("publisher", source.Publisher);
        }
        document.Add("mimeType", source.Format switch { "pdf" => "application/pdf", "html" => "text/html", _ => "text/plain" });
        document.Add("fileSize", source.Bytes.ToString(CultureInfo.InvariantCulture));
        if (source.Published is { } published && PartialDate(published) is { } date)
            document.Add("publishedAt", date);
        foreach (var flag in extraction.MixedScript)
            document.Add("notes", $"mixed-script word '{flag.Original}' at {flag.Start} read as '{flag.Normalized}'");
    }

    /// <summary>The candidate entity id of a name no store entity matched: stable across documents of the dataset.</summary>
    public string CandidateId(MentionCluster cluster) =>
        $"{dataset}-{cluster.Kind}-{Slug(cluster.Canonical)}";

    public static string Slug(string name)
    {
        var key = Text.NameKey.Of(name).Replace(' ', '-');
        if (key.Length > 60)
            key = key[..60].TrimEnd('-');
        return key.Length > 0 ? key : Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..12];
    }

    public static string? PartialDate(string value) =>
        PartialDateOk(value) ? value : value.Length >= 10 && PartialDateOk(value[..10]) ? value[..10] : null;

    private static bool PartialDateOk(string value) =>
        System.Text.RegularExpressions.Regex.IsMatch(value, @"^(19|20)\d{2}(-\d{2}(-\d{2})?)?$");

    public string MentionId(MentionCluster cluster) => $"{_doc}-m{cluster.Id}";

    public string Id(string kind, int n) => $"{_doc}-{kind}{n.ToString(CultureInfo.InvariantCulture)}";
}
