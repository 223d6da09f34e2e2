using Chokepoint.Matching.Algorithms;
using Chokepoint.Model;

namespace Chokepoint.Matching;

/// <summary>
/// Answers yente-compatible match requests from the <see cref="MatchIndex"/>: candidates from the index,
/// filtered by schema compatibility and the request's filters, scored by the chosen algorithm.
/// </summary>
public sealed class Matcher(MatchIndex index)
{
    /// <summary>The dataset name that means every loaded dataset.</summary>
    public const string DefaultDataset = "default";

    public MatchIndex Index { get; } = index;

    /// <summary>Answers a batch; throws <see cref="MatchException"/> (422/400/404) before any query runs when the request is invalid.</summary>
    public MatchResponse Match(string dataset, MatchRequest request, MatchParameters parameters)
    {
        var algorithm = parameters.Validate();
        var scope = Scope(dataset, parameters);
        if (request.Queries is null)
            throw MatchException.Invalid("queries: field required");
        if (request.Queries.Count == 0)
            throw MatchException.BadRequest("queries: the batch is empty; send at least one query");
        if (request.Queries.Count > MatchRequest.MaxQueries)
            throw MatchException.Invalid($"queries: at most {MatchRequest.MaxQueries} queries per batch, got {request.Queries.Count}");
        var parsed = request.Queries.Select(q => (q.Key, Parsed: QueryParser.Parse(q.Key, q.Value, parameters.Transliterate))).ToList();
        var responses = new Dictionary<string, QueryResponse>(StringComparer.Ordinal);
        foreach (var (key, (subject, cleaned)) in parsed)
        {
            var (results, total) = Run(subject, parameters, algorithm, scope);
            responses[key] = new QueryResponse { Results = results, Total = new MatchTotal(total), Query = cleaned };
        }
        return new MatchResponse { Responses = responses, Limit = parameters.Limit };
    }

    /// <summary>Matches one parsed query; used by the batch above, the CLI and the benchmark.</summary>
    public (IReadOnlyList<MatchResult> Results, int Total) Run(MatchSubject query, MatchParameters parameters, IMatchAlgorithm algorithm, IReadOnlySet<string>? scope = null)
    {
        var candidateCount = Math.Max(parameters.Fuzzy ? 100 : 20, parameters.Limit * 3);
        var merged = new Dictionary<string, IndexedEntity>(StringComparer.Ordinal);
        foreach (var segment in Index.Segments)
        {
            if (scope is not null && !scope.Contains(segment.Dataset))
                continue;
            foreach (var (entity, _) in segment.Candidates(query.Names, candidateCount, parameters.Fuzzy))
            {
                if (Admits(query.Schema, entity, parameters, scope))
                    merged.TryAdd(entity.Entity.Id, entity);
            }
        }
        var scored = new List<(IndexedEntity Entity, MatchScore Score)>(merged.Count);
        foreach (var entity in merged.Values)
            scored.Add((entity, algorithm.Score(query, entity.Subject)));
        var total = scored.Count(s => s.Score.Score >= parameters.Threshold);
        var results = scored
            .Where(s => s.Score.Score > parameters.EffectiveCutoff)
            .OrderByDescending(s => s.Score.Score).ThenBy(s => s.Entity.Entity.Id, StringComparer.Ordinal)
            .Take(parameters.Limit)
            .Select(s => ToResult(s.Entity, s.Score, parameters.Threshold))
            .ToList();
        return (results, total);
    }

    /// <summary>The datasets in scope: the path dataset (<c>default</c> = all), then include/exclude filters. Unknown datasets are 404.</summary>
    public IReadOnlySet<string> Scope(string dataset, MatchParameters parameters)
    {
        if (dataset != DefaultDataset && !Index.Contains(dataset))
            throw MatchException.NotFound($"dataset '{dataset}' not found; loaded: {string.Join(", ", Index.Datasets)}");
        foreach (var name in parameters.IncludeDataset.Concat(parameters.ExcludeDataset))
        {
            if (!Index.Contains(name))
                throw MatchException.NotFound($"dataset '{name}' not found; loaded: {string.Join(", ", Index.Datasets)}");
        }
        var scope = new HashSet<string>(dataset == DefaultDataset ? Index.Datasets : [dataset], StringComparer.Ordinal);
        if (parameters.IncludeDataset.Count > 0)
            scope.IntersectWith(parameters.IncludeDataset);
        scope.ExceptWith(parameters.ExcludeDataset);
        return scope;
    }

    // A Person query may find a LegalEntity (and the reverse), never a Company or a Vessel.
    private static bool Admits(Schema query, IndexedEntity candidate, MatchParameters parameters, IReadOnlySet<string>? scope)
    {
        var entity = candidate.Entity;
        if (SchemaModel.Default.Common(query, entity.Schema) is null)
            return false;
        if (parameters.ExcludeSchema.Any(s => entity.Schema.Name == s))
            return false;
        if (parameters.ExcludeEntityIds.Count > 0 && (parameters.ExcludeEntityIds.Contains(entity.Id) || entity.Referents.Overlaps(parameters.ExcludeEntityIds)))
            return false;
        if (parameters.Topics.Count > 0 && !entity.Get("topics").Any(parameters.Topics.Contains))
            return false;
        if (parameters.ChangedSince is { } since && string.CompareOrdinal(entity.LastSeen ?? "", since) < 0)
            return false;
        return scope is null || entity.Datasets.Count == 0 || entity.Datasets.Overlaps(scope);
    }

    private static MatchResult ToResult(IndexedEntity candidate, MatchScore score, double threshold)
    {
        var entity = candidate.Entity;
        var rounded = Math.Round(score.Score, 4);
        return new MatchResult
        {
            Id = entity.Id,
            Caption = entity.Caption,
            Schema = entity.Schema.Name,
            Properties = entity.Properties,
            Datasets = [.. entity.Datasets],
            Referents = [.. entity.Referents],
            FirstSeen = entity.FirstSeen,
            LastSeen = entity.LastSeen,
            Target = entity.Get("topics").Any(t => t.StartsWith("sanction", StringComparison.Ordinal)),
            Score = rounded,
            Match = score.Score >= threshold,
            Features = score.Features.ToDictionary(f => f.Name, f => Math.Round(f.Value, 4)),
            Explanations = score.Features.ToDictionary(f => f.Name, f => new FeatureExplanation(f.Description, Math.Round(f.Value, 4), f.Weight)),
        };
    }
}
