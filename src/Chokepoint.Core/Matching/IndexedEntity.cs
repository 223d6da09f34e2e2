using Chokepoint.Statements;

namespace Chokepoint.Matching;

/// <summary>An entity in the match index, with its names and features prepared once at build time.</summary>
public sealed class IndexedEntity(Entity entity, MatchSubject subject)
{
    public Entity Entity { get; } = entity;

    public MatchSubject Subject { get; } = subject;

    /// <summary>Whether entities of this schema take part in matching: people, organisations, companies, legal entities, vessels, airplanes.</summary>
    public static bool IsMatchable(Model.Schema schema) =>
        schema.Matchable && (schema.IsA("LegalEntity") || schema.IsA("Vehicle"));
}
