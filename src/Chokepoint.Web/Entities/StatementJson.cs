using Chokepoint.Datasets;
using Chokepoint.Statements;

namespace Chokepoint.Web.Entities;

/// <summary>A statement with its provenance as the API returns it.</summary>
public sealed record StatementJson(
    string Id, string EntityId, string Schema, string Prop, string Value, string? OriginalValue, string? Lang,
    string Dataset, string? SourceId, string? SourceTitle, string? SourceUrl, string? Quote, string? Grading,
    int? SpanStart, int? SpanEnd, string FirstSeen, string LastSeen)
{
    public static StatementJson From(Statement s, IReadOnlyDictionary<string, SourceInfo>? sources)
    {
        var source = s.SourceId is not null && sources is not null ? sources.GetValueOrDefault(s.SourceId) : null;
        return new StatementJson(s.Id, s.EntityId, s.Schema, s.Prop, s.Value, s.OriginalValue, s.Lang, s.Dataset, s.SourceId,
            source?.Title, source?.Url, s.Quote, s.Grading ?? source?.Grading, s.Span?.Start, s.Span?.End, s.FirstSeen, s.LastSeen);
    }
}
