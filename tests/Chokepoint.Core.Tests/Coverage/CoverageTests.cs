using Chokepoint.Core.Tests.Graph;
using Chokepoint.Coverage;
using Xunit;

namespace Chokepoint.Core.Tests.Coverage;

public sealed class CoverageTests
{
    private static Task<FixtureStore> LoadAsync() => FixtureStore.LoadAsync(
        ("coverage/dib.ftm.json", "dib-test"),
        ("coverage/us.ftm.json", "us_ofac_sdn"),
        ("coverage/eu.ftm.json", "eu_fsf"),
        ("coverage/gb.ftm.json", "gb_hmt_sanctions"));

    [Fact]
    public async Task Listings_count_across_lists_through_names_and_identifiers()
    {
        await using var store = await LoadAsync();
        var matrix = (await CoverageAnalysis.LoadAsync(store.View, new CoverageScope("dib-test", null))).Matrix();
        Assert.Equal(["US", "EU", "UK", "UN"], matrix.Authorities);
        Assert.Equal(["US", "EU", "UK"], matrix.Loaded);
        var peleng = matrix.Rows.Single(r => r.Id == "dib-peleng");
        Assert.Equal(["US", "EU"], peleng.Cells.Select(c => c.Authority));
        Assert.Equal(("2023-08-09", "BELARUS-EO14038"), (peleng.Cell("US")!.Since, peleng.Cell("US")!.Programs.Single()));
        Assert.Equal(["ofac-1001"], peleng.Cell("US")!.ListedIds);
        Assert.Equal("2022-06-03", peleng.Cell("EU")!.Since);
        Assert.Equal(["US"], matrix.Rows.Single(r => r.Id == "dib-mzkt").Cells.Select(c => c.Authority));
        var agat = matrix.Rows.Single(r => r.Id == "dib-agat");
        Assert.Equal(["UK"], agat.Cells.Select(c => c.Authority));
        Assert.StartsWith("same registrationNumber", agat.Matches.Single().Reason, StringComparison.Ordinal);
        Assert.Equal(0, matrix.Rows.Single(r => r.Id == "dib-quiet").Lists);
        Assert.Equal(8, matrix.Rows.Count);
        Assert.Equal("dib-peleng", matrix.Rows[0].Id);
    }

    [Fact]
    public async Task Matrix_narrowed_to_one_authority_keeps_only_its_column_and_cells()
    {
        await using var store = await LoadAsync();
        var matrix = (await CoverageAnalysis.LoadAsync(store.View, new CoverageScope("dib-test", null))).Matrix().ForAuthority("eu");
        Assert.Equal(["EU"], matrix.Authorities);
        Assert.Equal(["EU"], matrix.Loaded);
        Assert.Equal("dib-peleng", matrix.Rows[0].Id);
        Assert.All(matrix.Rows, r => Assert.All(r.Cells, c => Assert.Equal("EU", c.Authority)));
        Assert.Equal(0, matrix.Rows.Single(r => r.Id == "dib-mzkt").Lists);
    }

    [Fact]
    public async Task Csv_and_html_render_every_row_and_authority()
    {
        await using var store = await LoadAsync();
        var matrix = (await CoverageAnalysis.LoadAsync(store.View, new CoverageScope("dib-test", null))).Matrix();
        var csv = CoverageTable.Csv(matrix).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(9, csv.Length);
        Assert.StartsWith("id,caption,schema,lists,US_since,US_program,EU_since", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("dib-peleng,Peleng,Company,2,2023-08-09,BELARUS-EO14038,2022-06-03,BLR,,", csv[1], StringComparison.Ordinal);
        var html = CoverageHtml.Render(matrix);
        Assert.Contains("<td class=\"cell on\"", html, StringComparison.Ordinal);
        Assert.Contains("UN <small>(not loaded)</small>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains(CoverageHtml.Table(matrix), html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/e/dib-peleng\">Peleng</a>", CoverageHtml.Table(matrix, id => "/e/" + id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gaps_show_partial_listings_and_unlisted_owners_suppliers_and_directors()
    {
        await using var store = await LoadAsync();
        var analysis = await CoverageAnalysis.LoadAsync(store.View, new CoverageScope("dib-test", null));
        var gaps = await GapAnalysis.RunAsync(analysis, store.View);
        Assert.Equal(["dib-peleng", "dib-mzkt", "dib-agat"], gaps.Partial.Select(g => g.Id));
        Assert.Equal(["UK"], gaps.Partial[0].MissingFrom);
        Assert.Equal(["EU", "UK"], gaps.Partial[1].MissingFrom);
        Assert.Equal(
            ["dib-supplier supplier of dib-agat", "dib-director director of dib-mzkt", "dib-peleng-sub subsidiary of dib-peleng", "dib-owner owner of dib-peleng"],
            gaps.Unlisted.Select(u => $"{u.Id} {u.Role} of {u.LinkedToId}"));
        Assert.Equal(["dib-peleng-sub"], gaps.Unlisted.Where(u => u.BlockedByOwnership).Select(u => u.Id));
    }

    [Fact]
    public void Name_keys_ignore_script_legal_form_punctuation_and_word_order()
    {
        var keys = NameKeys.Default;
        Assert.Equal("peleng", keys.NameKey("ОАО «Пеленг»"));
        Assert.Equal("peleng", keys.NameKey("Peleng, OJSC"));
        Assert.Equal(keys.NameKey("Minsk Wheel Tractor Plant"), keys.NameKey("TRACTOR PLANT MINSK WHEEL"));
        Assert.Null(keys.NameKey("JSC"));
    }

    [Fact]
    public void Authorities_are_recognised_by_dataset_id_prefix_text_and_country()
    {
        var rules = Authorities.Default;
        Assert.Equal("US", rules.Resolve(new("s1", "x", null, null, null, null, ["us_ofac_sdn"])));
        Assert.Equal("UN", rules.Resolve(new("s2", "unsc-123", null, null, null, null, ["other"])));
        Assert.Equal("UK", rules.Resolve(new("s3", "x", "HM Treasury", null, null, null, ["other"])));
        Assert.Equal("EU", rules.Resolve(new("s4", "x", null, null, null, "eu", ["other"])));
        Assert.Equal("Ministry of Magic", rules.Resolve(new("s5", "x", "Ministry of Magic", null, null, null, ["other"])));
    }
}
