using Chokepoint.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Chokepoint.Names;

/// <summary>
/// Foreign names transcribed into Han characters (弗拉基米尔·普京, 贝拉克·奥巴马): each character of the closed set of
/// han_transcription.yaml reads as the Latin sounds it stands for in transcription, so the name compares with its
/// Latin spelling. Chinese names are left alone: they stay Han and compare syllable by syllable (<see cref="Syllabic"/>).
/// </summary>
internal static class HanTranscription
{
    private static readonly Lazy<Document> Table = new(() =>
        new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<Document>(Resources.Read("Names/Resources/han_transcription.yaml")));

    /// <summary>
    /// Whether a name is a transcribed foreign name: Han characters with the middle dot of transcriptions
    /// (贝拉克·奥巴马), or two Han characters at least, all of them transcription characters (普京).
    /// </summary>
    public static bool Applies(string name)
    {
        var table = Table.Value;
        int han = 0, known = 0;
        foreach (var c in name)
        {
            if (!Syllabic.Is(c) || Hangul.IsSyllable(c))
                continue;
            han++;
            if (table.Sounds.ContainsKey(c.ToString()))
                known++;
        }
        return han > 0 && (table.MiddleDots.Exists(name.Contains) || (han >= 2 && known == han));
    }

    /// <summary>
    /// The raw tokens with each Han token replaced by its primary reading (its characters' usual sounds), and the
    /// reading of each such token by that primary spelling.
    /// </summary>
    public static List<string> Read(List<string> raw, Dictionary<string, TokenReading> readings)
    {
        var words = new List<string>(raw.Count);
        foreach (var token in raw)
        {
            if (TokenReading.Build(token, Table.Value.Sounds, longestKey: 1) is not { } reading)
            {
                words.Add(token);
                continue;
            }
            words.Add(reading.Primary);
            readings[reading.Primary] = reading;
        }
        return words;
    }

    private sealed class Document
    {
        public List<string> MiddleDots { get; set; } = [];
        public Dictionary<string, string[]> Sounds { get; set; } = [];
    }
}
