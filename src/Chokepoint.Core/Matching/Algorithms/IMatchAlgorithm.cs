namespace Chokepoint.Matching.Algorithms;

/// <summary>A versioned scoring algorithm; its name is part of the API (<c>?algorithm=logic-v1</c>) and its features are documented in docs/matching.md.</summary>
public interface IMatchAlgorithm
{
    string Name { get; }

    string Description { get; }

    MatchScore Score(MatchSubject query, MatchSubject candidate);
}
