namespace Chokepoint.Documents.Review;

/// <summary>A proposed link of a mention to an entity, waiting for (or given) an analyst's decision.</summary>
public sealed record LinkReview(
    long Id,
    string SourceId,
    string Dataset,
    string MentionId,
    string Surface,
    string Kind,
    string CandidateId,
    string? CandidateName,
    double Confidence,
    string? Reason,
    string Status);

/// <summary>What an ingest stores about a document beyond its source row.</summary>
public sealed record DocumentRecord(string SourceId, string Dataset, string Format, string? Location, int Chars, bool Protected, string Extractor, string? Flags);
