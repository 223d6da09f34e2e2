namespace Chokepoint.Graph.Paths;

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
