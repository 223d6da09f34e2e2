using Chokepoint.Model;

namespace Chokepoint.Matching.Algorithms;

/// <summary>
/// <c>logic-v1</c>: the name similarity, raised by a shared identifier, lowered by a birth date, country or
/// legal form that contradicts it. Weights are documented with their evaluation figures in docs/matching.md.
/// </summary>
public sealed class LogicV1Algorithm : IMatchAlgorithm
{
    public const string Id = "logic-v1";
    public const double IdentifierMatchWeight = 0.3;
    public const double BirthDateMatchWeight = 0.05;
    public const double BirthYearNearWeight = -0.05;
    public const double BirthDateMismatchWeight = -0.15;
    public const double BirthDateDecadeWeight = -0.25;
    public const double BirthDateFarWeight = -0.35;
    public const double CountryMismatchWeight = -0.1;
    public const double LegalFormMismatchWeight = -0.35;

    public string Name => Id;

    public string Description => "Name similarity with birth date, country, identifiers and legal form; mismatches are penalised.";

    public MatchScore Score(MatchSubject query, MatchSubject candidate)
    {
        var name = NameBasicAlgorithm.BestName(query, candidate);
        var features = new List<FeatureScore>
        {
            new("name_similarity", name, 1, "best token-aligned similarity between any query name and any candidate name"),
        };
        if (query.Identifiers.Count > 0 && query.Identifiers.Overlaps(candidate.Identifiers))
            features.Add(new("identifier_match", 1, IdentifierMatchWeight, "an identifier (registration, tax, passport, IMO number ...) is shared"));
        if (query.BirthDates.Count > 0 && candidate.BirthDates.Count > 0)
        {
            var (value, weight, description) = CompareDates(query.BirthDates, candidate.BirthDates);
            features.Add(new(weight > 0 ? "birth_date_match" : "birth_date_mismatch", value, weight, description));
        }
        if (query.Countries.Count > 0 && candidate.Countries.Count > 0 && !query.Countries.Overlaps(candidate.Countries))
            features.Add(new("country_mismatch", 1, CountryMismatchWeight, "the countries have nothing in common"));
        // Both sides have legal forms with a family and no family in common.
        if (query.LegalFormFamilies.Count > 0 && candidate.LegalFormFamilies.Count > 0 && !query.LegalFormFamilies.Overlaps(candidate.LegalFormFamilies))
            features.Add(new("legal_form_mismatch", 1, LegalFormMismatchWeight, "the legal forms are of different families (e.g. AG and GmbH, ANO and LLC)"));
        var score = features.Sum(f => f.Value * f.Weight);
        return new MatchScore(Math.Clamp(score, 0, 1), features);
    }

    private static (double Value, double Weight, string Description) CompareDates(IReadOnlyList<PartialDate> left, IReadOnlyList<PartialDate> right)
    {
        var nearest = int.MaxValue;
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                if (Compatible(a, b))
                    return (1, BirthDateMatchWeight, "a birth date agrees at the precision both sides give");
                nearest = Math.Min(nearest, Math.Abs(a.Year - b.Year));
            }
        }
        return nearest switch
        {
            <= 1 => (1, BirthYearNearWeight, "the birth dates differ, by at most one year"),
            <= 5 => (1, BirthDateMismatchWeight, "the birth dates differ by two to five years"),
            <= 10 => (1, BirthDateDecadeWeight, "the birth dates differ by six to ten years"),
            _ => (1, BirthDateFarWeight, "the birth dates differ by more than ten years"),
        };
    }

    private static bool Compatible(PartialDate a, PartialDate b) =>
        a.Year == b.Year
        && (a.Month is null || b.Month is null || a.Month == b.Month)
        && (a.Day is null || b.Day is null || a.Day == b.Day);
}
