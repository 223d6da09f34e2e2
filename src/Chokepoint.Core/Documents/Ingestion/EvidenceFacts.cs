using Chokepoint.Documents.Mentions;

namespace Chokepoint.Documents.Ingestion;

/// <summary>Claims, relations, observations and dated events as entity records, each citing its quote.</summary>
internal static class EvidenceFacts
{
    private static readonly HashSet<string> SupplyRoles = ["produces", "repairs", "supplies"];

    public static (int Claims, int Relations, int Observations, int Events) Add(EvidenceBuilder builder, DocumentExtraction extraction, Dictionary<int, string> entityOf)
    {
        var n = 0;
        foreach (var claim in extraction.Claims)
        {
            var record = builder.Add(builder.Id("c", n++), "Claim", claim.Start, claim.End).Record;
            record.Add("value", DocumentIngest.Invariant(claim.Value));
            record.Add("unit", claim.Unit);
            record.Add("measure", claim.Subject);
            record.Add("quote", claim.Quote);
            if (claim.Period is { } period && EvidenceBuilder.PartialDate(period) is { } date)
                record.Add("date", date);
            var about = extraction.Mentions.Clusters.FirstOrDefault(c => c.Occurrences.Any(o => o.Start < claim.End && claim.Start < o.End));
            if (about is not null)
                record.Add("subject", entityOf[about.Id]);
        }
        n = 0;
        foreach (var relation in extraction.Relations)
        {
            var subject = entityOf[relation.Subject];
            var obj = entityOf[relation.Object];
            var objectKind = extraction.Cluster(relation.Object).Kind;
            EvidenceRecordFor(builder, relation, n++, subject, obj, objectKind);
        }
        var observations = 0;
        foreach (var indicator in extraction.Indicators.Where(i => i.Entity is not null))
        {
            var record = builder.Add(builder.Id("o", observations++), "Observation", indicator.Start, indicator.End).Record;
            record.Add("entity", entityOf[indicator.Entity!.Value]);
            record.Add("indicator", indicator.Indicator);
            if (indicator.Value is { } value)
                record.Add("value", DocumentIngest.Invariant(value));
            else if (indicator.Change is { } change)
            {
                record.Add("value", DocumentIngest.Invariant(change));
                record.Add("unit", "factor");
            }
            record.Add("quote", indicator.Quote);
        }
        var events = 0;
        foreach (var date in extraction.Dates.Where(d => d.Precision is "day" or "season"))
        {
            var sentence = SentenceAround(extraction.Text, date.Start);
            var record = builder.Add(builder.Id("e", events++), "Event", sentence.Start, sentence.End).Record;
            record.Add("name", extraction.Text[sentence.Start..sentence.End] is var text && text.Length > 160 ? text[..160] + "…" : extraction.Text[sentence.Start..sentence.End]);
            if (EvidenceBuilder.PartialDate(date.Value) is { } value)
                record.Add(date.Since ? "startDate" : "date", value);
            if (date.Until is { } until && EvidenceBuilder.PartialDate(until) is { } end)
                record.Add("endDate", end);
            record.Add("summary", $"{date.Text} ({date.Precision}{(date.Since ? ", since" : "")})");
        }
        return (extraction.Claims.Count, extraction.Relations.Count, observations, events);
    }

    private static void EvidenceRecordFor(EvidenceBuilder builder, Relations.ExtractedRelation relation, int n, string subject, string obj, string objectKind)
    {
        if (SupplyRoles.Contains(relation.Predicate))
        {
            var supply = builder.Add(builder.Id("r", n), "Supply", relation.Start, relation.End).Record;
            supply.Add("supplier", subject);
            supply.Add(objectKind is MentionKind.Product or MentionKind.Aircraft or MentionKind.Vessel ? "product" : "recipient", obj);
            supply.Add("role", relation.Predicate);
            supply.Add("description", relation.Quote);
            return;
        }
        var link = builder.Add(builder.Id("r", n), "UnknownLink", relation.Start, relation.End).Record;
        link.Add("subject", subject);
        link.Add("object", obj);
        link.Add("role", relation.Predicate);
    }

    private static (int Start, int End) SentenceAround(string text, int offset)
    {
        var start = offset;
        while (start > 0 && text[start - 1] != '\n' && !(start >= 2 && text[start - 1] == ' ' && text[start - 2] is '.' or '!' or '?'))
            start--;
        var end = offset;
        while (end < text.Length && text[end] != '\n' && !(text[end] is '.' or '!' or '?' && (end + 1 == text.Length || text[end + 1] == ' ')))
            end++;
        return (start, Math.Min(text.Length, end + 1));
    }
}
