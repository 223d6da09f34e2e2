using Chokepoint.Documents.Claims;
using Chokepoint.Documents.Dates;
using Chokepoint.Documents.Indicators;
using Chokepoint.Documents.Mentions;
using Chokepoint.Documents.Relations;
using Chokepoint.Documents.Text;

namespace Chokepoint.Documents;

/// <summary>Everything extracted from one document; offsets refer to <see cref="Text"/>, which has the document's length.</summary>
public sealed record DocumentExtraction(
    string Text,
    IReadOnlyList<MixedScriptWord> MixedScript,
    MentionSet Mentions,
    IReadOnlyList<QuantitativeClaim> Claims,
    IReadOnlyList<ExtractedRelation> Relations,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<IndicatorObservation> Indicators)
{
    public MentionCluster Cluster(int id) => Mentions.Clusters.First(c => c.Id == id);
}
