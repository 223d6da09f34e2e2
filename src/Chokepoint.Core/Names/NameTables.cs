using Chokepoint.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Chokepoint.Names;

/// <summary>The name resources under <c>Names/Resources</c>, loaded once.</summary>
internal sealed class NameTables
{
    private static readonly Lazy<NameTables> Instance = new(Load);

    public static NameTables Default => Instance.Value;

    public required Dictionary<string, Dictionary<char, string>> CyrillicSystems { get; init; }
    public required Dictionary<string, string> CyrillicDefaults { get; init; }
    public required Dictionary<char, string> OtherScripts { get; init; }
    public required Dictionary<char, string> LatinSpecial { get; init; }
    public required List<(string From, string To)> PhoneticRules { get; init; }
    public required List<string> PatronymicSuffixes { get; init; }
    public required List<string[]> PersonStopwords { get; init; }
    public required List<string[]> OrgStopwords { get; init; }
    public required List<string[]> ObjectStopwords { get; init; }
    public required List<string> OrgConnectors { get; init; }
    /// <summary>Wade-Giles syllables that are not pinyin → pinyin (hsi → xi, tung → dong), for person names.</summary>
    public required Dictionary<string, string> WadeGiles { get; init; }

    /// <summary>Syllables only Wade-Giles writes (hsi, tse, chih): a name is read as Wade-Giles only when it has one.</summary>
    public required HashSet<string> WadeGilesMarkers { get; init; }

    /// <summary>Country names and aliases from the model's countries.yaml (Mexico, Россия, RUS ...).</summary>
    public required List<string> CountryNames { get; init; }

    public required List<LegalFormEntry> LegalForms { get; init; }

    /// <summary>Generic legal form (JSC, LLC ...) → its family (stock, limited ...).</summary>
    public required Dictionary<string, string> LegalFormFamilies { get; init; }
    public required Dictionary<string, List<string>> OrgSymbols { get; init; }
    public required Dictionary<string, List<string>> PersonSymbols { get; init; }

    private static NameTables Load()
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        var cyrillic = yaml.Deserialize<CyrillicDocument>(Resources.Read("Names/Resources/cyrillic.yaml"));
        var scripts = yaml.Deserialize<Dictionary<string, Dictionary<string, string>>>(Resources.Read("Names/Resources/scripts.yaml"));
        var latin = yaml.Deserialize<Dictionary<string, Dictionary<string, string>>>(Resources.Read("Names/Resources/latin.yaml"));
        var phonetic = yaml.Deserialize<Dictionary<string, List<List<string>>>>(Resources.Read("Names/Resources/phonetic.yaml"));
        var patronymics = yaml.Deserialize<Dictionary<string, List<string>>>(Resources.Read("Names/Resources/patronymics.yaml"));
        var stopwords = yaml.Deserialize<Dictionary<string, List<string>>>(Resources.Read("Names/Resources/stopwords.yaml"));
        var legal = yaml.Deserialize<LegalFormDocument>(Resources.Read("Names/Resources/legal_forms.yaml"));
        var symbols = yaml.Deserialize<Dictionary<string, Dictionary<string, List<string>>>>(Resources.Read("Names/Resources/symbols.yaml"));
        var countries = new DeserializerBuilder().Build().Deserialize<Dictionary<string, List<string>>>(Resources.Read("countries.yaml"));
        var wadeGiles = yaml.Deserialize<WadeGilesDocument>(Resources.Read("Names/Resources/wade_giles.yaml"));
        var nicknames = yaml.Deserialize<Dictionary<string, List<string>>>(Resources.Read("Names/Resources/nicknames.yaml"));
        var titles = stopwords["chokepoint_titles"];
        return new NameTables
        {
            CyrillicSystems = cyrillic.Systems.ToDictionary(kv => kv.Key, kv => Letters(kv.Value.Letters)),
            CyrillicDefaults = cyrillic.Systems.Where(kv => kv.Value.DefaultFor is not null).ToDictionary(kv => kv.Value.DefaultFor!, kv => kv.Key),
            OtherScripts = scripts.Values.SelectMany(Letters).ToDictionary(kv => kv.Key, kv => kv.Value),
            LatinSpecial = Letters(latin["special"]),
            PhoneticRules = phonetic["rules"].Select(r => (r[0], r[1])).ToList(),
            PatronymicSuffixes = patronymics["suffixes"],
            PersonStopwords = [.. stopwords["person_prefixes"].Concat(titles).Select(Split)],
            OrgStopwords = [.. stopwords["org_prefixes"].Select(Split)],
            OrgConnectors = [.. stopwords["chokepoint_org_connectors"]],
            ObjectStopwords = [.. stopwords["object_prefixes"].Select(Split)],
            WadeGiles = new Dictionary<string, string>(wadeGiles.Syllables, StringComparer.Ordinal),
            WadeGilesMarkers = new HashSet<string>(wadeGiles.Markers, StringComparer.Ordinal),
            CountryNames = [.. countries.Values.SelectMany(a => a)],
            LegalForms = legal.Types,
            LegalFormFamilies = legal.Families.SelectMany(kv => kv.Value.Select(g => (Generic: g, Family: kv.Key))).ToDictionary(p => p.Generic, p => p.Family, StringComparer.Ordinal),
            OrgSymbols = Sections(symbols, "org_symbols", "org_domains"),
            PersonSymbols = Sections(symbols, "person_symbols", "person_nick").Concat(nicknames.Select(kv => KeyValuePair.Create($"nicknames:{kv.Key}", kv.Value))).ToDictionary(),
        };
    }

    // Symbol names are only unique within a section: prefix them with it.
    private static Dictionary<string, List<string>> Sections(Dictionary<string, Dictionary<string, List<string>>> document, params string[] names) =>
        names.SelectMany(n => document[n].Select(kv => (Key: $"{n}:{kv.Key}", kv.Value))).ToDictionary(kv => kv.Key, kv => kv.Value);

    // Stop words are compared after the token pipeline, so they are split the way names are.
    private static string[] Split(string phrase) => [.. NameTokenizer.Split(phrase)];

    private static Dictionary<char, string> Letters(Dictionary<string, string> table)
    {
        var letters = new Dictionary<char, string>();
        foreach (var (key, value) in table)
        {
            if (key.Length != 1)
                throw new InvalidDataException($"name resources: transliteration key '{key}' is not one character");
            letters[key[0]] = value ?? "";
        }
        return letters;
    }

    private sealed class CyrillicDocument
    {
        public Dictionary<string, CyrillicSystem> Systems { get; set; } = [];
    }

    private sealed class CyrillicSystem
    {
        public string? DefaultFor { get; set; }
        public Dictionary<string, string> Letters { get; set; } = [];
    }

    private sealed class WadeGilesDocument
    {
        public List<string> Markers { get; set; } = [];
        public Dictionary<string, string> Syllables { get; set; } = [];
    }

    private sealed class LegalFormDocument
    {
        public Dictionary<string, List<string>> Families { get; set; } = [];

        public List<LegalFormEntry> Types { get; set; } = [];
    }
}

/// <summary>One organisation type from <c>legal_forms.yaml</c>.</summary>
internal sealed class LegalFormEntry
{
    public string? Display { get; set; }
    public string? Compare { get; set; }
    public string? Generic { get; set; }
    public List<string> Aliases { get; set; } = [];

    /// <summary>The value of the legal-form feature: the generic form when there is one.</summary>
    public string Feature => Generic ?? Compare ?? Display ?? Aliases.FirstOrDefault() ?? "";
}
