namespace Chokepoint.Screening;

/// <summary>One match for a screened name: the candidate entity, its score and the explanation of the score.</summary>
public sealed record ScreeningMatch(
    int Line,
    string Query,
    string QueryKey,
    string EntityId,
    string Caption,
    string Schema,
    double Score,
    string Explanation,
    bool Sanctioned,
    IReadOnlyList<string> Datasets);
