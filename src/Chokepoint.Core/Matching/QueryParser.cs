using Chokepoint.Model;

namespace Chokepoint.Matching;

/// <summary>Validates and cleans one query: schema (400 when unknown), properties and values (422 with the field path).</summary>
public static class QueryParser
{
    public static (MatchSubject Subject, CleanedQuery Cleaned) Parse(string key, EntityQuery? query, bool transliterate = true)
    {
        var path = $"queries.{key}";
        if (query is null)
            throw MatchException.Invalid($"{path}: a query object is required");
        if (string.IsNullOrWhiteSpace(query.Schema))
            throw MatchException.Invalid($"{path}.schema: field required");
        var schema = SchemaModel.Default.TryGet(query.Schema.Trim())
            ?? throw MatchException.BadRequest($"{path}.schema: unknown schema '{Shorten(query.Schema)}'");
        if (!IndexedEntity.IsMatchable(schema))
            throw MatchException.BadRequest($"{path}.schema: schema '{schema.Name}' cannot be matched; use Person, Organization, Company, LegalEntity, Vessel or Airplane");
        var cleaned = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (prop, values) in query.Properties ?? [])
        {
            var property = schema.GetProperty(prop)
                ?? throw MatchException.Invalid($"{path}.properties.{Shorten(prop)}: not a property of {schema.Name}");
            var list = new List<string>();
            for (var i = 0; i < values.Count; i++)
            {
                if (!property.Type.TryClean(values[i], out var value, out var error))
                    throw MatchException.Invalid($"{path}.properties.{prop}[{i}]: {error}");
                if (!list.Contains(value))
                    list.Add(value);
            }
            if (list.Count > 0)
                cleaned[prop] = list;
        }
        var subject = MatchSubject.FromProperties(schema, cleaned.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value), transliterate);
        if (subject.Names.Count == 0)
            throw MatchException.Invalid($"{path}.properties.name: at least one name with a letter or digit is required");
        return (subject, new CleanedQuery { Id = query.Id, Schema = schema.Name, Properties = cleaned });
    }

    /// <summary>A single name query (the CLI's <c>match</c> and <c>screen</c>): the same validation with field names for one entity.</summary>
    public static EntityQuery Single(string schema, string name, string? birthDate = null, string? country = null, string? identifier = null)
    {
        var properties = new Dictionary<string, List<string>> { ["name"] = [name] };
        var model = SchemaModel.Default.TryGet(schema);
        if (!string.IsNullOrWhiteSpace(birthDate))
            properties[model?.IsA("Person") == false ? "incorporationDate" : "birthDate"] = [birthDate];
        if (!string.IsNullOrWhiteSpace(country))
            properties[model?.IsA("Person") == true ? "nationality" : "country"] = [country];
        if (!string.IsNullOrWhiteSpace(identifier))
            properties[model?.GetProperty("registrationNumber") is not null ? "registrationNumber" : "idNumber"] = [identifier];
        return new EntityQuery { Schema = schema, Properties = properties };
    }

    /// <summary>
    /// One row of a screening batch (a names file, a pasted list): a single-name query whose error names the field
    /// alone ("birthDate[0]: ..." rather than "queries.row.properties.birthDate[0]: ..."), for a per-line report.
    /// </summary>
    public static MatchSubject ParseRow(string schema, string name, string? birthDate, string? country, string? identifier, bool transliterate)
    {
        const string key = "row";
        try
        {
            return Parse(key, Single(schema, name, birthDate, country, identifier), transliterate).Subject;
        }
        catch (MatchException error)
        {
            throw new MatchException(error.Status, error.Detail
                .Replace($"queries.{key}.properties.", "", StringComparison.Ordinal).Replace($"queries.{key}.", "", StringComparison.Ordinal));
        }
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
