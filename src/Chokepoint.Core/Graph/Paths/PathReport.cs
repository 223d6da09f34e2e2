namespace Chokepoint.Graph.Paths;

/// <summary>The k shortest evidence-backed paths between two entities; plain data for CLI and API.</summary>
public sealed record PathReport(string FromId, string FromCaption, string ToId, string ToCaption, int MaxHops, IReadOnlyList<EvidencePath> Paths);

public sealed record EvidencePath(int Hops, IReadOnlyList<PathStep> Steps)
{
    public string Text => Steps.Count == 0 ? "" :
        Steps[0].FromCaption + string.Concat(Steps.Select(s => s.Forward ? $" -[{s.Relation}]-> {s.ToCaption}" : $" <-[{s.Relation}]- {s.ToCaption}"));
}

/// <summary>
/// One hop, walked from <c>From</c> to <c>To</c>; <c>Forward</c> is false when the relation points the other
/// way (To owns From, say). <c>Sources</c> are the sources cited by the relation entity's statements.
/// </summary>
public sealed record PathStep(
    string FromId,
    string FromCaption,
    string ToId,
    string ToCaption,
    string Relation,
    string RelationId,
    string? Label,
    bool Forward,
    IReadOnlyList<PathSource> Sources);

public sealed record PathSource(string SourceId, string? Grading, string? Quote);
