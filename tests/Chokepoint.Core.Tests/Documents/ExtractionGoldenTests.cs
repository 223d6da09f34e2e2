using Chokepoint.Documents.Evaluation;
using Xunit;

namespace Chokepoint.Core.Tests.Documents;

public class ExtractionGoldenTests
{
    private static readonly string Cases = Path.Combine(AppContext.BaseDirectory, "cases", "extraction");

    // Reached with extraction-v2 on these cases: micro F1 1.000; fail when it drops more than a small margin.
    private const double ReachedF1 = 1.0;
    private const double Margin = 0.03;

    [Fact]
    public void Extraction_meets_the_issue_targets_on_the_gold_cases()
    {
        var totals = ExtractionCases.Totals(ExtractionCases.Run(Cases)).ToDictionary(k => k.Kind);
        Assert.True(totals["mentions"].Precision >= 0.9 && totals["mentions"].Recall >= 0.9, $"mentions {totals["mentions"]}");
        Assert.True(totals["claims"].Precision >= 0.9 && totals["claims"].Recall >= 0.9, $"claims {totals["claims"]}");
        Assert.True(totals["relations"].Precision >= 0.8 && totals["relations"].Recall >= 0.8, $"relations {totals["relations"]}");
    }

    [Fact]
    public void Extraction_f1_does_not_regress()
    {
        var micro = ExtractionCases.Micro(ExtractionCases.Totals(ExtractionCases.Run(Cases)));
        Assert.True(micro.F1 >= ReachedF1 - Margin, $"micro F1 {micro.F1:0.000} fell below {ReachedF1 - Margin:0.000}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("heldout")]
    [InlineData("unseen")]
    public void Gold_quotes_are_exact_substrings_of_their_documents(string folder)
    {
        foreach (var gold in Directory.EnumerateFiles(Path.Combine(Cases, folder), "*.gold.yaml"))
        {
            var document = ExtractionYaml.Read(File.ReadAllText(gold));
            var text = ExtractionCases.ReadText(Path.Combine(Path.GetDirectoryName(gold)!, document.Document));
            foreach (var quote in document.Claims.Select(c => c.Quote).Concat(document.Relations.Select(r => r.Quote)))
                Assert.True(text.Contains(quote, StringComparison.Ordinal), $"{Path.GetFileName(gold)}: '{quote}' is not in the text");
            foreach (var form in document.Mentions.SelectMany(m => m.Forms))
                Assert.True(text.Contains(form, StringComparison.Ordinal), $"{Path.GetFileName(gold)}: form '{form}' is not in the text");
        }
    }

    // Held-out cases (cases/extraction/heldout): micro F1 0.623 with extraction-v1, 0.852 with extraction-v2,
    // 0.908 with extraction-v3 (Belarusian and Ukrainian resources).
    private const double HeldOutF1 = 0.908;

    // Unseen case (cases/extraction/unseen, Ukrainian): micro F1 0.500 before extraction-v3 ever ran on it, 1.000 after
    // (its misses informed the v3 resources, so it is no longer unseen; keep it from regressing).
    private const double UnseenF1 = 1.0;

    [Fact]
    public void Extraction_on_the_unseen_case_does_not_regress()
    {
        var micro = ExtractionCases.Micro(ExtractionCases.Totals(ExtractionCases.Run(Path.Combine(Cases, "unseen"))));
        Assert.True(micro.F1 >= UnseenF1 - Margin, $"unseen micro F1 {micro.F1:0.000} fell below {UnseenF1 - Margin:0.000}");
    }

    [Fact]
    public void Extraction_on_held_out_cases_does_not_regress()
    {
        var micro = ExtractionCases.Micro(ExtractionCases.Totals(ExtractionCases.Run(Path.Combine(Cases, "heldout"))));
        Assert.True(micro.F1 >= HeldOutF1 - Margin, $"held-out micro F1 {micro.F1:0.000} fell below {HeldOutF1 - Margin:0.000}");
    }
}
