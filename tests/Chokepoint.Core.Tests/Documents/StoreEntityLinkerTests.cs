using Chokepoint.Documents.Linking;
using Chokepoint.Documents.Mentions;
using Xunit;

namespace Chokepoint.Core.Tests.Documents;

public class StoreEntityLinkerTests
{
    [Theory]
    [InlineData("Пеленг", MentionKind.Organization, "bdib-peleng", 0.95)]
    [InlineData("Peleng, OJSC", MentionKind.Organization, "bdib-peleng", 0.95)]
    [InlineData("Lukashenka", MentionKind.Person, "bdib-lukashenko", 0.6)]
    [InlineData("Alexander Lukashenka", MentionKind.Person, "bdib-lukashenko", 0.85)]
    public async Task Names_are_found_across_scripts_legal_forms_and_spellings(string surface, string kind, string id, double confidence)
    {
        var linker = new StoreEntityLinker();
        linker.Add("bdib-peleng", "Peleng", "Company", "JSC Peleng");
        linker.Add("bdib-lukashenko", "Alexander Lukashenko", "Person", "Alexander Lukashenko");
        var best = (await linker.LinkAsync(surface, kind))[0];
        Assert.Equal(id, best.EntityId);
        Assert.Equal(confidence, best.Confidence, 3);
    }

    [Fact]
    public async Task A_name_of_another_kind_gets_half_the_confidence()
    {
        var linker = new StoreEntityLinker();
        linker.Add("bdib-ural", "Ural", "Product", "Ural");
        Assert.Equal(0.475, (await linker.LinkAsync("Ural", MentionKind.Location))[0].Confidence, 3);
    }
}
