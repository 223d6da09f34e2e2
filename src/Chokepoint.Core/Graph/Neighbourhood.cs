using Chokepoint.Model;
using Chokepoint.Statements;

namespace Chokepoint.Graph;

/// <summary>The entities adjacent to one entity: those it references (outgoing) and those that reference it (incoming).</summary>
public sealed record Neighbourhood(
    Entity Entity,
    IReadOnlyList<(Property Property, Entity Target)> Outgoing,
    IReadOnlyList<(Property Property, Entity Source)> Incoming,
    bool MoreIncoming);
