using Chokepoint.Model;
using Chokepoint.Names;
using Chokepoint.Statements;

namespace Chokepoint.Matching;

/// <summary>What a scoring algorithm compares, on the query side and on the candidate side: normalized names and the other matchable features.</summary>
public sealed class MatchSubject
{
    // Name parts that only make a name together (Vladimir + Putin), never alone.
    private static readonly string[] NameParts = ["firstName", "secondName", "middleName", "fatherName", "lastName"];

    public required Schema Schema { get; init; }
    public required IReadOnlyList<NormalizedName> Names { get; init; }
    public IReadOnlyList<PartialDate> BirthDates { get; init; } = [];
    public IReadOnlySet<string> Countries { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Identifiers { get; init; } = new HashSet<string>();

    /// <summary>
    /// The families (legal_forms.yaml) of the names' legal forms (JSC, LLC ...), computed once: index entities are
    /// scored many times.
    /// </summary>
    public IReadOnlySet<string> LegalFormFamilies => _legalFormFamilies ??=
        Names.Select(n => n.LegalForm).OfType<string>().Select(Chokepoint.Names.LegalForms.Family).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private IReadOnlySet<string>? _legalFormFamilies;

    public static MatchSubject FromEntity(Entity entity, bool transliterate = true) =>
        FromProperties(entity.Schema, entity.Properties.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value), transliterate);

    /// <summary>Builds a subject from cleaned property values (names, dates, countries, identifiers by property type).</summary>
    public static MatchSubject FromProperties(Schema schema, IReadOnlyDictionary<string, IReadOnlyList<string>> properties, bool transliterate = true)
    {
        var kind = NameNormalizer.KindOf(schema);
        var names = new List<NormalizedName>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var dates = new List<PartialDate>();
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (prop, values) in properties)
        {
            var type = schema.GetProperty(prop)?.Type.Name;
            foreach (var value in values)
            {
                switch (type)
                {
                    case "name" when !NameParts.Contains(prop) && seen.Add(value):
                        AddName(names, value, kind, transliterate);
                        AddSlashParts(names, value, kind, transliterate);
                        break;
                    case "date" when prop is "birthDate" or "incorporationDate" && PartialDate.TryParse(value, out var date):
                        dates.Add(date);
                        break;
                    case "country":
                        countries.Add(value);
                        break;
                    case "identifier":
                        var key = ValueCleaner.IdentifierKey(value);
                        if (key.Length >= 4)
                            identifiers.Add(key);
                        break;
                }
            }
        }
        var parts = NameParts.Select(p => properties.GetValueOrDefault(p)?.FirstOrDefault()).Where(v => v is not null).ToList();
        if (parts.Count > 1 || (parts.Count == 1 && names.Count == 0))
            AddName(names, string.Join(' ', parts), kind, transliterate);
        return new MatchSubject { Schema = schema, Names = names, BirthDates = dates, Countries = countries, Identifiers = identifiers };
    }

    // Lists write two names of one organisation in one string with a spaced slash ("NEW PEOPLE'S ARMY / COMMUNIST
    // PARTY OF THE PHILIPPINES", "HARAKAT UL-MUJAHIDIN / HUM"): each part of two words or more is also a name. A slash
    // inside a word run is not a separator (IMPORT/EXPORT CORPORATION, J/V, "Syria/the Levant"); person names stay whole.
    private static void AddSlashParts(List<NormalizedName> names, string value, NameKind kind, bool transliterate)
    {
        if (kind == NameKind.Person || !value.Contains(" / ", StringComparison.Ordinal))
            return;
        foreach (var part in value.Split(" / ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = NameNormalizer.Normalize(part, kind, transliterate);
            if (name.Tokens.Count >= 2)
                Add(names, name);
        }
    }

    private static void AddName(List<NormalizedName> names, string value, NameKind kind, bool transliterate) =>
        Add(names, NameNormalizer.Normalize(value, kind, transliterate));

    // Names that normalize to the same tokens in any order, with the same legal form, score alike: one is kept
    // (PUTIN, Vladimir = Vladimir PUTIN = Владимир Путин), so an entity is not compared with the same name twice.
    private static void Add(List<NormalizedName> names, NormalizedName name)
    {
        if (name.IsEmpty)
            return;
        foreach (var other in names)
        {
            if (other.LegalForm == name.LegalForm && other.Tokens.Count == name.Tokens.Count && SameTokens(other, name))
                return;
        }
        names.Add(name);
    }

    private static bool SameTokens(NormalizedName a, NormalizedName b)
    {
        var left = a.Tokens.Order(StringComparer.Ordinal);
        return left.SequenceEqual(b.Tokens.Order(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}
