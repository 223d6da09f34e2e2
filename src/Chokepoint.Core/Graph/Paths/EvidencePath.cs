namespace Chokepoint.Graph.Paths;

/// <summary>One path: its steps in order from the start entity, and a one-line text form.</summary>
public sealed record EvidencePath(int Hops, IReadOnlyList<PathStep> Steps)
{
    public string Text => Steps.Count == 0 ? "" :
        Steps[0].FromCaption + string.Concat(Steps.Select(s => s.Forward ? $" -[{s.Relation}]-> {s.ToCaption}" : $" <-[{s.Relation}]- {s.ToCaption}"));
}
