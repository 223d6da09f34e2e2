using System.Reflection;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Chokepoint.Model;

/// <summary>
/// The schema graph, loaded from the YAML resources under <c>Model/Resources</c>: FollowTheMoney's
/// schemata with their names, plus Chokepoint's Product, Supply, Claim and Observation.
/// </summary>
public sealed class SchemaModel
{
    private static readonly Lazy<SchemaModel> DefaultModel = new(Load);
    private readonly Dictionary<string, Schema> _schemata;
    private HashSet<string>? _entityProps;

    private SchemaModel(Dictionary<string, PropertyType> types, Dictionary<string, Schema> schemata)
    {
        Types = types;
        _schemata = schemata;
    }

    public static SchemaModel Default => DefaultModel.Value;

    public IReadOnlyDictionary<string, PropertyType> Types { get; }

    public IReadOnlyCollection<Schema> Schemata => _schemata.Values;

    /// <summary>Names of the properties that hold entity ids (owner, asset, addressEntity ...) in any schema.</summary>
    public IReadOnlySet<string> EntityProps => _entityProps ??=
        _schemata.Values.SelectMany(s => s.Properties.Values).Where(p => p.Type.IsEntity).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    public Schema? TryGet(string name) => _schemata.GetValueOrDefault(name);

    public Schema Get(string name) =>
        TryGet(name) ?? throw new KeyNotFoundException($"unknown schema '{name}'");

    /// <summary>
    /// The most specific schema that both names allow (Company and LegalEntity give Company);
    /// null when neither extends the other.
    /// </summary>
    public Schema? Common(Schema left, Schema right)
    {
        if (left.IsA(right.Name))
            return left;
        return right.IsA(left.Name) ? right : null;
    }

    private static SchemaModel Load()
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        var types = LoadTypes(deserializer);
        var documents = new Dictionary<string, SchemaDocument>(StringComparer.Ordinal);
        foreach (var (name, text) in Resources.ReadAll("schemata/"))
        {
            var parsed = deserializer.Deserialize<Dictionary<string, SchemaDocument>>(text)
                ?? throw new InvalidDataException($"schema resource {name} is empty");
            foreach (var (schemaName, doc) in parsed)
                documents.Add(schemaName, doc);
        }
        return new SchemaModel(types, SchemaBuilder.Build(documents, types));
    }

    private static Dictionary<string, PropertyType> LoadTypes(IDeserializer deserializer)
    {
        var docs = deserializer.Deserialize<Dictionary<string, TypeDocument>>(Resources.Read("types.yaml"));
        return docs.ToDictionary(
            kv => kv.Key,
            kv => new PropertyType(kv.Key, kv.Value.Label ?? kv.Key, kv.Value.Group, kv.Value.Matchable, kv.Value.MaxLength ?? 1024),
            StringComparer.Ordinal);
    }
}
