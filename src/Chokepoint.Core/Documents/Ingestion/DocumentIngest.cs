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
/// Ingests one document: extraction, linking (respecting link judgements), then every statement in one Append-mode
/// import citing the document as a source with span and quote; nothing is written when any record fails.
/// </summary>
public static class DocumentIngest
{
    public static async Task<IngestResult> RunAsync(IStore store, DocumentSource source, IngestOptions options, IEntityLinker linker, CancellationToken cancellationToken = default)
    {
        // A protected document's title, address and file name identify who gave it: none of them is stored.
        if (options.Protected)
            source = source with { Title = Security.ProtectedSources.Label, Publisher = null, Url = null, Location = Security.ProtectedSources.Label };
        var extraction = DocumentExtractor.Extract(source.Text);
        var queue = new ReviewQueue(store);
        var judgements = await queue.JudgementsAsync(cancellationToken);
        var builder = new EvidenceBuilder(source, extraction, options.Dataset);
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
        var statements = await WriteAsync(store, source, options, builder.Items, cancellationToken);
        var flags = extraction.MixedScript.Select(m => $"mixed-script word '{m.Original}' at {m.Start} read as '{m.Normalized}'").ToList();
        await queue.SaveDocumentAsync(
            new DocumentRecord(source.SourceId, options.Dataset, source.Format, options.Protected ? null : source.Url ?? Path.GetFullPath(source.Location), source.Text.Length,
                options.Protected, DocumentExtractor.Version, flags.Count == 0 ? null : string.Join("\n", flags)),
            pending, cancellationToken);
        return new IngestResult(source.SourceId, options.Dataset, extraction.Mentions.Clusters.Count, linked, candidates, pending.Count,
            counts.Claims, counts.Relations, counts.Observations, counts.Events, statements, flags);
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

    private static async Task<long> WriteAsync(IStore store, DocumentSource source, IngestOptions options, List<Evidence> items, CancellationToken cancellationToken)
    {
        var plan = new ImportPlan { Dataset = new DatasetInfo { Name = options.Dataset }, Mode = ImportMode.Append };
        await using var writer = await store.BeginImportAsync(plan, cancellationToken);
        var sourceInfo = new SourceInfo
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
        await writer.AddSourceAsync(sourceInfo, cancellationToken);
        var records = new EntityRecordWriter(writer, store.Model, source.SourceId, _ => options.Grading);
        foreach (var (record, span) in items)
        {
            var statements = records.Validate(record).Select(s => s with { Span = span, Quote = string.IsNullOrEmpty(s.Quote) ? null : s.Quote }).ToList();
            await records.WriteAsync(statements, cancellationToken);
        }
        await writer.CommitAsync(cancellationToken);
        return records.Statements;
    }

    internal static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
