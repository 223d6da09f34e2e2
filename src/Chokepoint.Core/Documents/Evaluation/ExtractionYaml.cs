using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Chokepoint.Documents.Evaluation;

/// <summary>Reads and writes the gold format; turns an extraction into it.</summary>
public static class ExtractionYaml
{
    public static ExtractionDocument ToDocument(string name, DocumentExtraction extraction) => new()
    {
        Document = name,
        Mentions = extraction.Mentions.Clusters.Select(c => new GoldMention
        {
            Entity = c.Canonical,
            Kind = c.Kind,
            Forms = c.Forms.ToList(),
            Confidence = Math.Round(c.Confidence, 2),
        }).ToList(),
        Claims = extraction.Claims.Select(c => new GoldClaim { Value = c.Value, Unit = c.Unit, Subject = c.Subject, Quote = c.Quote, Period = c.Period }).ToList(),
        Relations = extraction.Relations.Select(r => new GoldRelation
        {
            Subject = extraction.Cluster(r.Subject).Canonical,
            Predicate = r.Predicate,
            Object = extraction.Cluster(r.Object).Canonical,
            Quote = r.Quote,
        }).ToList(),
        Dates = extraction.Dates.Select(d => new GoldDate { Text = d.Text, Value = d.Value, Precision = d.Precision, Until = d.Until, Since = d.Since ? true : null }).ToList(),
        Observations = extraction.Indicators.Select(o => new GoldObservation
        {
            Entity = o.Entity is { } id ? extraction.Cluster(id).Canonical : null,
            Indicator = o.Indicator,
            Value = o.Value,
            Change = o.Change,
            Quote = o.Quote,
        }).ToList(),
        Flags = extraction.MixedScript.Count == 0 ? null
            : extraction.MixedScript.Select(m => $"mixed-script word '{m.Original}' at {m.Start} read as '{m.Normalized}'").ToList(),
    };

    public static string Write(ExtractionDocument document) =>
        new SerializerBuilder()
            .WithNamingConvention(LowerCaseNamingConvention.Instance)
            .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
            .Build()
            .Serialize(document);

    public static ExtractionDocument Read(string yaml) =>
        new DeserializerBuilder()
            .WithNamingConvention(LowerCaseNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<ExtractionDocument>(yaml) ?? new ExtractionDocument();
}
