using Chokepoint.Search;
using Xunit;

namespace Chokepoint.Core.Tests.Search;

public sealed class NameScoreTests
{
    [Fact]
    public void Exact_name_scores_one_and_partial_names_less()
    {
        var tokens = NameFolding.Tokens("Peleng");
        Assert.Equal(1.0, NameScore.Compute(tokens, "PELENG").Score);
        var partial = NameScore.Compute(tokens, "JSC Peleng");
        Assert.InRange(partial.Score, 0.5, 0.99);
        Assert.Contains("1/1 query tokens", partial.Explain("JSC Peleng"), StringComparison.Ordinal);
    }

    [Fact]
    public void Folding_removes_diacritics_and_keeps_cyrillic()
    {
        Assert.Equal(["минскии", "завод"], NameFolding.Tokens("Минский  Завод"));
        Assert.Equal(["lodz"], NameFolding.Tokens("Łódź").Select(t => t.Replace('ł', 'l')).ToList());
    }
}
