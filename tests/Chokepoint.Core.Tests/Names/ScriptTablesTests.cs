using Chokepoint.Names;
using Xunit;

namespace Chokepoint.Core.Tests.Names;

public class ScriptTablesTests
{
    [Theory]
    [InlineData("블라디미르 푸틴", "beulladimir putin")] // Revised Romanization; ㄹㄹ = ll; open 르 loses its epenthetic eu
    [InlineData("김정은", "kim jeong eun")] // a one-word Korean name: family name (customary spelling), given-name syllables
    [InlineData("박근혜", "park geun hye")] // closed ㅡ syllables of Korean names keep eu
    [InlineData("김 정은", "gim jeongeun")]
    [InlineData("ዐቢይ አሕመድ", "abiy ahmed")] // first order after a laryngeal is a, sixth order silent
    [InlineData("መንግሥቱ", "mengstu")]
    [InlineData("វ៉្លាឌីមៀរ ពូទីន", "vladimier putin")] // coeng joins a cluster, the last consonant has no vowel
    [InlineData("ပူတင်", "putin")] // a Burmese final after the inherent vowel reads as its rhyme
    [InlineData("အောင်ဆန်း", "aunghsan")]
    [InlineData("ולדימיר פוטין", "vldimir putin")] // ו and י inside a word are vowels, at its start consonants
    [InlineData("בן דוויד", "bn dvid")] // ב at the start of a word is b; doubled וו is one v
    [InlineData("יוסף", "yusf")]
    [InlineData("バラク・オバマ", "barak obama")] // the epenthetic final u of a katakana word is left out
    [InlineData("キャサリン", "kyasarin")] // a small ャ replaces the i before it
    [InlineData("ヴィクトル", "vikutor")] // a small ィ replaces the vowel before it
    [InlineData("トランプ", "toramp")] // ン before a labial is m
    [InlineData("シュミット", "shumitt")] // ッ doubles the next consonant; after sh the small ュ loses its y
    [InlineData("たなか しんいち", "tanaka shinichi")] // hiragana (Japanese names) keep their final vowels
    [InlineData("贝拉克·奥巴马", "belak obama")] // a transcribed foreign name reads by its characters' usual sounds
    [InlineData("普京", "pjin")] // all transcription characters, no middle dot: read too (普 a lone p, 京 jin; the comparison may take pu, tin)
    [InlineData("习近平", "习近平")] // a Chinese name stays Han: it compares syllable by syllable
    public void Scripts_with_context_rules_transliterate_as_their_tables_say(string raw, string text) =>
        Assert.Equal(text, NameNormalizer.Normalize(raw, NameKind.Person).Text);

    [Theory]
    [InlineData("Vladimir", "Wladimir", "블라디미르")]
    [InlineData("Putin", "Poutine", "푸틴")]
    [InlineData("Viktor", "Wiktor", "빅토르")]
    public void Labials_share_one_skeleton_class_across_scripts(string a, string b, string c)
    {
        var key = Assert.Single(NameNormalizer.Normalize(a, NameKind.Person).Keys);
        Assert.Equal(key, Assert.Single(NameNormalizer.Normalize(b, NameKind.Person).Keys));
        Assert.Equal(key, Assert.Single(NameNormalizer.Normalize(c, NameKind.Person).Keys));
    }

    [Theory]
    [InlineData("高市早苗", "高 市 早 苗")]
    [InlineData("김정은", "김 정 은")]
    [InlineData("Kim 김정은", "kim 김 정 은")]
    public void Han_and_hangul_names_also_have_one_token_per_syllable(string raw, string syllables)
    {
        var name = NameNormalizer.Normalize(raw, NameKind.Person);
        Assert.Equal(syllables, name.Syllables?.Text);
    }

    [Fact]
    public void Names_without_han_or_hangul_have_no_syllable_form() =>
        Assert.Null(NameNormalizer.Normalize("Владимир Путин", NameKind.Person).Syllables);
}
