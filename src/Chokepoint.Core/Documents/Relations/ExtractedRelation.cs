namespace Chokepoint.Documents.Relations;

/// <summary>SUBJECT PREDICATE OBJECT as the text states it, between two mention clusters, with the supporting words.</summary>
public sealed record ExtractedRelation(int Subject, string Predicate, int Object, int Start, int End, string Quote);
