using Chokepoint.Documents.Claims;
using Chokepoint.Documents.Dates;
using Chokepoint.Documents.Indicators;
using Chokepoint.Documents.Mentions;
using Chokepoint.Documents.Relations;
using Chokepoint.Documents.Text;

namespace Chokepoint.Documents;

/// <summary>
/// Rule-based extraction (extraction-v2): mixed-script words normalized, then mentions, dates, claims, relations and
/// indicators, each rule reading its words from Documents/Resources. Pure: reads nothing but the text.
/// </summary>
public static class DocumentExtractor
{
    public const string Version = "extraction-v2";

    public static DocumentExtraction Extract(string text)
    {
        var flagged = new List<MixedScriptWord>();
        var normalized = MixedScript.Normalize(text, flagged);
        var tokens = Tokenizer.Tokenize(normalized);
        var mentions = MentionFinder.Find(normalized, tokens);
        var dates = DateFinder.Find(normalized);
        var claims = ClaimFinder.Find(normalized, tokens, mentions, dates);
        var relations = RelationFinder.Find(normalized, tokens, mentions);
        var indicators = IndicatorFinder.Find(normalized, tokens, mentions);
        return new DocumentExtraction(normalized, flagged, mentions, claims, relations, dates, indicators);
    }
}
