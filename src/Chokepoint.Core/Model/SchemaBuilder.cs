namespace Chokepoint.Model;

/// <summary>Resolves inheritance and reverse properties of the parsed schema documents.</summary>
internal static class SchemaBuilder
{
    public static Dictionary<string, Schema> Build(
        Dictionary<string, SchemaDocument> documents,
        IReadOnlyDictionary<string, PropertyType> types)
    {
        var schemata = documents.ToDictionary(kv => kv.Key, kv => Describe(kv.Key, kv.Value), StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in documents.Keys)
            Resolve(name, documents, schemata, types, done, []);
        AddReverseStubs(schemata, types);
        return schemata;
    }

    private static Schema Describe(string name, SchemaDocument doc) => new(name)
    {
        Label = doc.Label ?? name,
        Plural = doc.Plural ?? doc.Label ?? name,
        Abstract = doc.Abstract,
        Matchable = doc.Matchable ?? false,
        Extends = doc.Extends ?? [],
        Featured = doc.Featured ?? [],
        Required = doc.Required ?? [],
        Caption = doc.Caption ?? [],
        Edge = doc.Edge is { Source: { } s, Target: { } t }
            ? new SchemaEdge(s, t, doc.Edge.Label ?? "", doc.Edge.Directed)
            : null,
    };

    private static void Resolve(
        string name,
        Dictionary<string, SchemaDocument> documents,
        Dictionary<string, Schema> schemata,
        IReadOnlyDictionary<string, PropertyType> types,
        HashSet<string> done,
        HashSet<string> visiting)
    {
        if (done.Contains(name))
            return;
        if (!visiting.Add(name))
            throw new InvalidDataException($"schema '{name}' extends itself");
        var schema = schemata[name];
        var doc = documents[name];
        schema.AddAncestor(name);
        foreach (var (propName, propDoc) in doc.Properties ?? [])
        {
            var typeName = propDoc.Type ?? "string";
            if (!types.TryGetValue(typeName, out var type))
                throw new InvalidDataException($"property {name}:{propName} has unknown type '{typeName}'");
            schema.AddProperty(new Property
            {
                Name = propName,
                Label = propDoc.Label ?? propName,
                Type = type,
                SchemaName = name,
                Range = propDoc.Range,
                Reverse = propDoc.Reverse?.Name,
                Matchable = propDoc.Matchable ?? type.Matchable,
                Hidden = propDoc.Hidden,
            });
        }
        foreach (var parentName in schema.Extends)
        {
            if (!schemata.TryGetValue(parentName, out var parent))
                throw new InvalidDataException($"schema '{name}' extends unknown schema '{parentName}'");
            Resolve(parentName, documents, schemata, types, done, visiting);
            foreach (var ancestor in parent.Ancestors)
                schema.AddAncestor(ancestor);
            foreach (var inherited in parent.Properties.Values)
                schema.AddProperty(inherited);
        }
        done.Add(name);
    }

    private static void AddReverseStubs(Dictionary<string, Schema> schemata, IReadOnlyDictionary<string, PropertyType> types)
    {
        var entityType = types["entity"];
        var declared = schemata.Values
            .SelectMany(s => s.Properties.Values)
            .Where(p => p.Reverse is not null && p.Range is not null && !p.Stub)
            .Distinct()
            .ToList();
        foreach (var property in declared)
        {
            if (!schemata.TryGetValue(property.Range!, out var range))
                throw new InvalidDataException($"property {property} has unknown range '{property.Range}'");
            var stub = new Property
            {
                Name = property.Reverse!,
                Label = property.Reverse!,
                Type = entityType,
                SchemaName = range.Name,
                Range = property.SchemaName,
                Reverse = property.Name,
                Stub = true,
            };
            foreach (var schema in schemata.Values.Where(s => s.IsA(range.Name)))
                schema.AddProperty(stub);
        }
    }
}
