using Chokepoint.Model;
using YamlDotNet.Serialization;

namespace Chokepoint.Documents;

/// <summary>The word lists extraction reads, from <c>Documents/Resources/*.yaml</c>; adding a word is a data change.</summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Instance = new(() => new Lexicon());

    public static Lexicon Default => Instance.Value;

    private Lexicon()
    {
        LegalForms = new(List("legal-forms", "forms"), StringComparer.Ordinal);
        var types = Load("organization-types");
        OrgTypesLatin = new(Strings(types["latin"]), StringComparer.OrdinalIgnoreCase);
        OrgTypeStems = Strings(types["cyrillic"]);
        OrgFollowing = new(Strings(types["following"]), StringComparer.OrdinalIgnoreCase);
        Anaphors = Strings(types["anaphors"]);
        Institutions = new(List("institutions", "organizations"), StringComparer.OrdinalIgnoreCase);
        CommonAbbreviations = new(List("institutions", "commonAbbreviations"), StringComparer.Ordinal);
        var products = Load("product-nouns");
        ProductNouns = new();
        foreach (var kind in new[] { "product", "aircraft", "vessel" })
        {
            foreach (var noun in Strings(products[kind]))
                ProductNouns[noun] = kind;
        }
        AircraftPrefixes = new(Strings(products["aircraftPrefixes"]), StringComparer.Ordinal);
        var places = Load("places");
        RegionWords = new(Strings(places["regionWords"]), StringComparer.OrdinalIgnoreCase);
        PlaceNouns = new(Strings(places["placeNouns"]), StringComparer.OrdinalIgnoreCase);
        Places = new(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, forms) in places.Where(p => p.Key is not ("regionWords" or "placeNouns")))
        {
            foreach (var form in Strings(forms))
                Places[form] = name;
        }
        foreach (var (_, aliases) in new Deserializer().Deserialize<Dictionary<string, List<string>>>(Resources.Read("countries.yaml")))
        {
            var canonical = aliases.FirstOrDefault(a => a.Any(char.IsLower));
            foreach (var alias in aliases.Where(a => a.Length >= 4 && a.Any(char.IsLower)))
                Places.TryAdd(alias, canonical ?? alias);
        }
        Demonyms = new(Load("demonyms").ToDictionary(p => p.Key, p => (string)p.Value), StringComparer.OrdinalIgnoreCase);
        var persons = Load("person-cues");
        GivenNames = new(Strings(persons["givenNames"]), StringComparer.OrdinalIgnoreCase);
        Titles = new(Strings(persons["titles"]), StringComparer.Ordinal);
        SurnameEndings = Strings(persons["surnameEndings"]).OrderByDescending(e => e.Length).ToList();
        Months = new(StringComparer.OrdinalIgnoreCase);
        var months = new Deserializer().Deserialize<List<List<string>>>(Resources.Read("Documents/Resources/months.yaml"));
        for (var i = 0; i < months.Count; i++)
        {
            foreach (var form in months[i])
                Months[form] = i + 1;
        }
        var units = Load("units");
        Units = new();
        foreach (var (unit, words) in (Dictionary<object, object>)units["units"])
        {
            foreach (var word in Strings(words))
                Units.Add((word, (string)unit));
        }
        Units.Sort((a, b) => b.Word.Length.CompareTo(a.Word.Length));
        Scales = [];
        foreach (var (factor, words) in (Dictionary<object, object>)units["scales"])
        {
            foreach (var word in Strings(words))
                Scales[word] = double.Parse((string)factor, System.Globalization.CultureInfo.InvariantCulture);
        }
        Approximators = Strings(units["approximators"]).OrderByDescending(a => a.Length).ToList();
        Vague = new(Strings(units["vague"]), StringComparer.OrdinalIgnoreCase);
        var numbers = Load("number-words");
        NumberWords = Numbers(numbers["numbers"]);
        Changes = Numbers(numbers["changes"]);
        Indicators = ((Dictionary<object, object>)numbers["indicators"]).ToDictionary(p => (string)p.Key, p => Strings(p.Value));
        var triggers = Load("relation-triggers");
        Triggers = triggers.Where(p => p.Key is not ("reporting" or "prepositions" or "sanctionsListWords")).ToDictionary(p => p.Key, p => Strings(p.Value));
        SanctionsListWords = Strings(triggers["sanctionsListWords"]);
        Reporting = Strings(triggers["reporting"]);
        Prepositions = new(Strings(triggers["prepositions"]), StringComparer.OrdinalIgnoreCase);
        Confusables = ((Dictionary<object, object>)Load("confusables")["cyrillicToLatin"])
            .ToDictionary(p => ((string)p.Key)[0], p => ((string)p.Value)[0]);
        Transliteration = Load("transliteration").ToDictionary(p => p.Key[0], p => (string?)p.Value ?? "");
    }

    public HashSet<string> LegalForms { get; }
    public HashSet<string> OrgTypesLatin { get; }
    public List<string> OrgTypeStems { get; }
    public HashSet<string> OrgFollowing { get; }
    public List<string> Anaphors { get; }
    public HashSet<string> Institutions { get; }
    public HashSet<string> CommonAbbreviations { get; }

    /// <summary>Product noun (singular or stem) to the kind it gives: product, aircraft, vessel.</summary>
    public Dictionary<string, string> ProductNouns { get; }
    public HashSet<string> AircraftPrefixes { get; }

    /// <summary>Place form to canonical name (cities, regions, countries and their aliases).</summary>
    public Dictionary<string, string> Places { get; }
    public HashSet<string> RegionWords { get; }
    public HashSet<string> PlaceNouns { get; }
    public Dictionary<string, string> Demonyms { get; }
    public HashSet<string> GivenNames { get; }
    public HashSet<string> Titles { get; }
    public List<string> SurnameEndings { get; }

    /// <summary>Month form (any language, any case form) to its number, 1..12.</summary>
    public Dictionary<string, int> Months { get; }

    /// <summary>(surface word, canonical unit), longest word first.</summary>
    public List<(string Word, string Unit)> Units { get; }
    public Dictionary<string, double> Scales { get; }
    public List<string> Approximators { get; }
    public HashSet<string> Vague { get; }
    public Dictionary<string, double> NumberWords { get; }
    public Dictionary<string, double> Changes { get; }
    public Dictionary<string, List<string>> Indicators { get; }
    public Dictionary<string, List<string>> Triggers { get; }
    public List<string> Reporting { get; }

    /// <summary>Stems of "list" after a Cyrillic sanctions word ("санкционного списка ЕС"): the authority follows.</summary>
    public List<string> SanctionsListWords { get; }
    public HashSet<string> Prepositions { get; }
    public Dictionary<char, char> Confusables { get; }
    public Dictionary<char, string> Transliteration { get; }

    private static Dictionary<string, object> Load(string name) =>
        new Deserializer().Deserialize<Dictionary<string, object>>(Resources.Read($"Documents/Resources/{name}.yaml"));

    private static List<string> List(string file, string key) => Strings(Load(file)[key]);

    private static List<string> Strings(object value) => ((List<object>)value).Select(v => v?.ToString() ?? "").ToList();

    private static Dictionary<string, double> Numbers(object value) =>
        ((Dictionary<object, object>)value).ToDictionary(
            p => (string)p.Key,
            p => double.Parse((string)p.Value, System.Globalization.CultureInfo.InvariantCulture),
            StringComparer.OrdinalIgnoreCase);
}
