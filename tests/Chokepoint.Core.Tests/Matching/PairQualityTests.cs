using Chokepoint.Matching.Evaluation;
using Xunit;

namespace Chokepoint.Core.Tests.Matching;

public sealed class PairQualityTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"pairs-{Guid.NewGuid():N}.csv");

    public PairQualityTests() => File.WriteAllText(_path, """
        left_name,left_schema,right_name,right_schema,match,subset,quality
        Alexander Lukashenko,Person,Aliaksandr Lukashenka,Person,true,transliteration,STRONG
        Peleng OJSC,Company,JSC Peleng,Company,true,organizations,
        KKR Asian Fund III,Company,KKR Asian Fund IV,Company,true,organizations,WEAK
        """);

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Each_label_quality_gets_its_own_report()
    {
        var result = PairEvaluator.Evaluate(_path);
        Assert.Equal(["STRONG", "WEAK"], result.Qualities.Select(q => q.Subset));
        Assert.Equal(3, result.Overall.Pairs);
        Assert.Equal(0, result.Skipped);
    }

    [Fact]
    public void Rows_labelled_below_the_minimum_quality_are_skipped_and_rows_without_a_quality_kept()
    {
        var result = PairEvaluator.Evaluate(_path, minQuality: "medium");
        Assert.Equal(1, result.Skipped);
        Assert.Equal(2, result.Overall.Pairs);
        Assert.DoesNotContain(result.Mistakes, m => m.Quality == "WEAK");
    }

    [Fact]
    public void An_unknown_minimum_quality_is_refused_with_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => PairEvaluator.Evaluate(_path, minQuality: "solid"));
        Assert.Contains("WEAK, MEDIUM, STRONG", error.Message);
    }
}
