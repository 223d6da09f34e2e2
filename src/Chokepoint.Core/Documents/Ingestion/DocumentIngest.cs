using System.Globalization;
using Chokepoint.Datasets;
using Chokepoint.Documents.Linking;
using Chokepoint.Documents.Mentions;
using Chokepoint.Documents.Review;
using Chokepoint.Documents.Text;
using Chokepoint.Importing;
using Chokepoint.Storage;

namespace Chokepoint.Documents.Ingestion;

/// <summary>
/// Ingests one document: extraction, linking (respecting link judgements), then one Append-mode import holding the
/// document's source row, every statement citing it with span and quote, the document row and its review queue.
/// Nothing is written when anything fails. A protected document's identifying fields never reach the statements.
/// </summary>
public static class DocumentIngest
{
    /// <summary>Writes the document's import; <see cref="ImportRunner"/> unless the caller protects the source.</summary>
    public delegate Task<ImportResult> Importer(ImportInput input, ImportOptions options, CancellationToken cancellationToken);

    public static async Task<IngestResult> RunAsync(IStore store, DocumentSource source, IngestOptions options, IEntityLinker linker,
        CancellationToken cancellationToken = default, Importer? import = null)
    {
        var extraction = DocumentExtractor.Extract(source.Text);
        var judgements = await new ReviewQueue(store).JudgementsAsync(cancellationToken);
        var builder = new EvidenceBuilder(source, extraction, options.Dataset, options.Protected);
        builder.AddDocument();
        var entityOf = new Dictionary<int, string>();
        var pending = new List<LinkReview>();
        int linked = 0, candidates = 0;
        foreach (var cluster in extraction.Mentions.Clusters)
        {
            var best = await BestLinkAsync(cluster, linker, judgements, cancellationToken);
            var mentionId = builder.MentionId(cluster);
            var first = cluster.First;
            var mention = builder.Add(mentionId, "Mention", first.Start, first.End).Record;
            mention.Add("document", source.SourceId);
            mention.Add("name", cluster.Canonical);
            mention.Add("detectedSchema", MentionKind.SchemaOf(cluster.Kind));
            if (best is not null && best.Confidence >= options.LinkThreshold)
            {
                mention.Add("resolved", best.EntityId);
                entityOf[cluster.Id] = best.EntityId;
                linked++;
                continue;
            }
            var candidate = builder.Add(builder.CandidateId(cluster), MentionKind.SchemaOf(cluster.Kind), first.Start, first.End).Record;
            candidate.Add("name", cluster.Canonical);
            foreach (var form in cluster.Forms.Where(f => f != cluster.Canonical))
                candidate.Add("alias", form);
            entityOf[cluster.Id] = candidate.Id;
            candidates++;
            if (best is not null && best.Confidence >= options.ReviewFloor)
            {
                pending.Add(new LinkReview(0, source.SourceId, options.Dataset, mentionId, first.Surface, cluster.Kind,
                    best.EntityId, best.Name, Math.Round(best.Confidence, 3), best.Reason, "pending"));
            }
        }
        var counts = EvidenceFacts.Add(builder, extraction, entityOf);
        var flags = extraction.MixedScript.Select(m => $"mixed-script word '{m.Original}' at {m.Start} read as '{m.Normalized}'").ToList();
        var document = new DocumentRecord(source.SourceId, options.Dataset, source.Format,
            options.Protected ? null : source.Url ?? Path.GetFullPath(source.Location), source.Text.Length,
            options.Protected, DocumentExtractor.Version, flags.Count == 0 ? null : string.Join("\n", flags));
        var input = Input(source, options, builder, (writer, ct) => writer.AddDocumentAsync(document, pending, ct));
        var importOptions = new ImportOptions { Dataset = options.Dataset, Grading = options.Grading, Mode = ImportMode.Append };
        var result = await (import ?? ((i, o, ct) => ImportRunner.RunAsync(store, i, o, null, ct)))(input, importOptions, cancellationToken);
        return new IngestResult(source.SourceId, options.Dataset, extraction.Mentions.Clusters.Count, linked, candidates, pending.Count,
            counts.Claims, counts.Relations, counts.Observations, counts.Events, result.Statements, flags);
    }

    private static ImportInput Input(DocumentSource source, IngestOptions options, EvidenceBuilder builder, Func<IStatementWriter, CancellationToken, Task> beforeCommit) => new()
    {
        File = builder.File,
        Metadata = new DatasetInfo { Name = options.Dataset },
        Sources = [options.Protected ? Security.ProtectedSources.Redact(SourceOf(source, options)) : SourceOf(source, options)],
        Records = Records(builder.Items),
        TotalBytes = source.Bytes,
        BeforeCommit = beforeCommit,
    };

    private static SourceInfo SourceOf(DocumentSource source, IngestOptions options) => new()
    {
        Id = source.SourceId,
        Dataset = options.Dataset,
        Kind = "document",
        Title = source.Title,
        Publisher = source.Publisher,
        Url = source.Url,
        Published = source.Published,
        Grading = options.Grading,
        Sha256 = source.Sha256,
    };

    private static async IAsyncEnumerable<ReadItem> Records(List<Evidence> items)
    {
        foreach (var item in items)
            yield return ReadItem.Of(item.Record);
        await Task.CompletedTask;
    }

    private static async Task<LinkCandidate?> BestLinkAsync(MentionCluster cluster, IEntityLinker linker, Dictionary<(string Key, string EntityId), bool> judgements, CancellationToken cancellationToken)
    {
        LinkCandidate? best = null;
        foreach (var form in cluster.Forms.Append(cluster.Canonical).Distinct(StringComparer.Ordinal))
        {
            var key = NameKey.Of(form);
            foreach (var candidate in await linker.LinkAsync(form, cluster.Kind, cancellationToken))
            {
                var judged = judgements.TryGetValue((key, candidate.EntityId), out var accepted);
                if (judged && !accepted)
                    continue;
                var scored = judged ? candidate with { Confidence = 1.0, Reason = "accepted by an analyst" } : candidate;
                if (best is null || scored.Confidence > best.Confidence)
                    best = scored;
            }
        }
        return best;
    }

    internal static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
