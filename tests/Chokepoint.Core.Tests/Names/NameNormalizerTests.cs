using Chokepoint.Names;
using Xunit;

namespace Chokepoint.Core.Tests.Names;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("Lukashenko")]
    [InlineData("Lukashenka")]
    [InlineData("Loukachenko")]
    [InlineData("Lukaschenko")]
    [InlineData("Лукашенко")]
    [InlineData("Лукашэнка")]
    [InlineData("Łukašenka")]
    public void Lukashenko_spellings_share_one_skeleton_key(string spelling)
    {
        var name = NameNormalizer.Normalize(spelling, NameKind.Person);
        Assert.Equal("lksnk", Assert.Single(name.Keys));
    }

    [Theory]
    [InlineData("bgn_pcgn_be", "Аляксандр Лукашэнка", "alyaksandr lukashenka")]
    [InlineData("be_lacinka", "Лукашэнка", "łukašenka")]
    [InlineData("iso9", "Щукин", "ŝukin")]
    [InlineData("ua_national_2010", "Володимир Путін", "volodymyr putin")]
    [InlineData("bgn_pcgn_ru", "Владимир Путин", "vladimir putin")]
    public void Cyrillic_systems_transliterate_as_published(string system, string cyrillic, string latin) =>
        Assert.Equal(latin, Transliterator.Transliterate(cyrillic, system));

    [Theory]
    [InlineData("Аляксандр Лукашэнка", "be")]
    [InlineData("Путін Володимир", "uk")]
    [InlineData("Путин Владимир", "ru")]
    public void Cyrillic_language_is_guessed_from_letters(string name, string language) =>
        Assert.Equal(language, Transliterator.CyrillicLanguage(NameTokenizer.Split(name)));

    [Theory]
    [InlineData("Peleng OJSC", "peleng", "JSC")]
    [InlineData("ОАО «Пеленг»", "peleng", "JSC")]
    [InlineData("JSC PELENG", "peleng", "JSC")]
    [InlineData("Open Joint-Stock Company Peleng", "peleng", "JSC")]
    [InlineData("Open Joint Stock Company \"Peleng\"", "peleng", "JSC")]
    [InlineData("ААТ Пеленг", "peleng", "JSC")]
    [InlineData("ООО Ромашка", "romashka", "LLC")]
    [InlineData("Siemens GmbH", "siemens", "LLC")]
    [InlineData("ANO Iskusstvo Krasoty", "iskusstvo krasoty", "NGO")]
    [InlineData("АНО «Искусство красоты»", "iskusstvo krasoty", "NGO")]
    [InlineData("JSC Tactical Missiles Corporation Joint Stock Company", "tactical missiles corporation", "JSC")]
    [InlineData("AT&T Inc.", "at t", "LLC")]
    public void Legal_forms_become_a_feature_not_tokens(string raw, string text, string legalForm)
    {
        var name = NameNormalizer.Normalize(raw, NameKind.Organization);
        Assert.Equal(text, name.Text);
        Assert.Equal(legalForm, name.LegalForm);
    }

    [Fact]
    public void Transliteration_can_be_switched_off()
    {
        var name = NameNormalizer.Normalize("Лукашенко Александр", NameKind.Person, transliterate: false);
        Assert.Equal("лукашенко александр", name.Text);
    }

    [Theory]
    [InlineData("Dr. Vladímir Pútín", "vladimir putin")]
    [InlineData("Президент Путин", "putin")]
    [InlineData("Βλαντίμιρ Πούτιν", "vlantimir poutin")]
    [InlineData("ვლადიმერ პუტინი", "vladimer putini")]
    [InlineData("Վլադիմիր Պուտին", "vladimir poutin")]
    [InlineData("习近平", "习近平")]
    [InlineData("Straße O'Brien", "strasse obrien")]
    [InlineData("व्लादिमीर पुतिन", "vladimir putin")]
    [InlineData("ವ್ಲಾದಿಮಿರ್ ಪುತಿನ್", "vladimir putin")]
    [InlineData("ভ্লাদিমির পুতিন", "bhladimir putin")]
    public void Other_scripts_and_diacritics_fold_to_comparable_tokens(string raw, string text) =>
        Assert.Equal(text, NameNormalizer.Normalize(raw, NameKind.Person).Text);

    [Theory]
    [InlineData("A.B.C. Company", "abc company")]
    [InlineData("A B C Company", "abc company")]
    [InlineData("Cycle A", "cycle a")]
    [InlineData("Brigade Forty-Four", "brigade 44")]
    [InlineData("First International Bank", "1 international bank")]
    [InlineData("558th Aircraft Repair Plant", "558 aircraft repair plant")]
    public void Organisation_acronyms_and_numbers_are_read_as_one_token(string raw, string text) =>
        Assert.Equal(text, NameNormalizer.Normalize(raw, NameKind.Organization).Text);

    [Fact]
    public void The_ascii_fast_path_and_the_cached_path_agree_with_a_fresh_normalization()
    {
        foreach (var raw in new[] { "Alexander LUKASHENKO", "Łukašenka Аляксандр", "Łukašenka Аляксандр", "ОАО «Пеленг»" })
        {
            var first = NameNormalizer.Normalize(raw, NameKind.Any);
            var again = NameNormalizer.Normalize(raw, NameKind.Any);
            Assert.Equal(first.Text, again.Text);
            Assert.Equal(first.Keys, again.Keys);
            Assert.Equal(first.LegalForm, again.LegalForm);
        }
    }

    [Theory]
    [InlineData("vladimirovich", true)]
    [InlineData("volodymyrovych", true)]
    [InlineData("vladimirovna", true)]
    [InlineData("vladimir", false)]
    public void Patronymics_are_recognised(string token, bool expected) =>
        Assert.Equal(expected, NameNormalizer.IsPatronymic(token));
}
