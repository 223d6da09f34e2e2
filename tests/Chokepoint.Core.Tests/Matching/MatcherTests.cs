using Chokepoint.Matching;
using Chokepoint.Model;
using Chokepoint.Statements;
using Xunit;

namespace Chokepoint.Core.Tests.Matching;

public class MatcherTests
{
    private static Matcher Build()
    {
        Entity Make(string id, string schema, string dataset, params (string Prop, string Value)[] values)
        {
            var entity = new Entity(id, SchemaModel.Default.Get(schema));
            entity.Datasets.Add(dataset);
            foreach (var (prop, value) in values)
                entity.Add(prop, value);
            return entity;
        }
        var index = new MatchIndex();
        index.Replace(IndexSegment.Build("lists", [
            Make("p-luk", "Person", "lists", ("name", "Alexander Lukashenko"), ("alias", "Аляксандр Лукашэнка"), ("birthDate", "1954-08-30"), ("nationality", "by")),
            Make("le-luk", "LegalEntity", "lists", ("name", "Lukashenko Alexander")),
            Make("c-luk", "Company", "lists", ("name", "Lukashenko Alexander LLC")),
            Make("v-luk", "Vessel", "lists", ("name", "Alexander Lukashenko")),
            Make("c-peleng", "Company", "lists", ("name", "JSC Peleng"), ("country", "by")),
        ]));
        index.Replace(IndexSegment.Build("curated", [Make("p-luk2", "Person", "curated", ("name", "Lukashenko, Alexander"))]));
        return new Matcher(index);
    }

    private static MatchRequest Request(string schema, params (string Prop, string Value)[] values) => new()
    {
        Queries = new() { ["q1"] = new EntityQuery { Schema = schema, Properties = values.GroupBy(v => v.Prop).ToDictionary(g => g.Key, g => g.Select(v => v.Value).ToList()) } },
    };

    [Fact]
    public void Person_query_finds_people_and_legal_entities_never_companies_or_vessels()
    {
        var response = Build().Match("default", Request("Person", ("name", "Лукашэнка Аляксандр")), new MatchParameters());
        var ids = response.Responses["q1"].Results.Select(r => r.Id).ToList();
        Assert.Contains("p-luk", ids);
        Assert.Contains("le-luk", ids);
        Assert.DoesNotContain("c-luk", ids);
        Assert.DoesNotContain("v-luk", ids);
        Assert.Equal(ids.Count, response.Responses["q1"].Total.Value);
        Assert.Equal(5, response.Limit);
    }

    [Fact]
    public void Limit_cuts_results_but_not_the_total_and_results_are_sorted()
    {
        var response = Build().Match("default", Request("Person", ("name", "Alexander Lukashenko")), new MatchParameters { Limit = 1 });
        var answer = response.Responses["q1"];
        Assert.Single(answer.Results);
        Assert.Equal(3, answer.Total.Value);
        Assert.True(answer.Results[0].Score >= 0.99);
        Assert.Contains("name_similarity", answer.Results[0].Explanations.Keys);
    }

    [Fact]
    public void Hangul_and_han_queries_find_their_entities_through_the_index()
    {
        var index = new MatchIndex();
        index.Replace(IndexSegment.Build("lists", [
            Person("p-putin", ("name", "PUTIN, Vladimir Vladimirovich")),
            Person("p-vorobyov", ("name", "Vladimir Vorobyov")),
            Person("p-takaichi", ("name", "高市早苗")),
            Person("p-kim", ("name", "김정일")),
        ]));
        var matcher = new Matcher(index);
        string[] Ids(string name) => [.. matcher.Match("default", Request("Person", ("name", name)), new MatchParameters()).Responses["q1"].Results.Select(r => r.Id)];
        Assert.Equal(["p-putin"], Ids("블라디미르 푸틴"));
        Assert.Equal(["p-takaichi"], Ids("高市早苗"));
        Assert.Empty(Ids("高石早苗")); // one syllable differs: another person
        Assert.Empty(Ids("김정은"));
    }

    private static Entity Person(string id, params (string Prop, string Value)[] values)
    {
        var entity = new Entity(id, SchemaModel.Default.Get("Person"));
        entity.Datasets.Add("lists");
        foreach (var (prop, value) in values)
            entity.Add(prop, value);
        return entity;
    }

    [Fact]
    public void Query_is_echoed_with_cleaned_values_and_birth_date_is_a_feature()
    {
        var response = Build().Match("default", Request("Person", ("name", "Alexander Lukashenko"), ("nationality", "Belarus"), ("birthDate", "1954")), new MatchParameters());
        var answer = response.Responses["q1"];
        Assert.Equal(["by"], answer.Query.Properties["nationality"]);
        var top = answer.Results.First(r => r.Id == "p-luk");
        Assert.Contains("birth_date_match", top.Features.Keys);
    }

    [Fact]
    public void Excluded_ids_dataset_filters_and_dataset_scope_apply()
    {
        var matcher = Build();
        var excluded = matcher.Match("default", Request("Person", ("name", "Alexander Lukashenko")), new MatchParameters { ExcludeEntityIds = ["p-luk"] });
        Assert.DoesNotContain(excluded.Responses["q1"].Results, r => r.Id == "p-luk");
        var curated = matcher.Match("curated", Request("Person", ("name", "Alexander Lukashenko")), new MatchParameters());
        Assert.Equal(["p-luk2"], curated.Responses["q1"].Results.Select(r => r.Id));
        var notCurated = matcher.Match("default", Request("Person", ("name", "Alexander Lukashenko")), new MatchParameters { ExcludeDataset = ["curated"] });
        Assert.DoesNotContain(notCurated.Responses["q1"].Results, r => r.Id == "p-luk2");
    }

    [Fact]
    public void Company_query_with_legal_form_finds_the_company_across_scripts()
    {
        var response = Build().Match("default", Request("Company", ("name", "ОАО «Пеленг»")), new MatchParameters());
        Assert.Equal("c-peleng", response.Responses["q1"].Results[0].Id);
    }

    [Theory]
    [InlineData("Person", "name", "   ", 422, "queries.q1.properties.name[0]: is empty")]
    [InlineData("Person", "name", "Ivan\u0007Petrov", 422, "queries.q1.properties.name[0]: contains control characters")]
    [InlineData("Martian", "name", "Ivan", 400, "queries.q1.schema: unknown schema 'Martian'")]
    [InlineData("", "name", "Ivan", 422, "queries.q1.schema: field required")]
    [InlineData("Person", "birthDate", "yesterday", 422, "queries.q1.properties.birthDate[0]: 'yesterday' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp)")]
    [InlineData("Person", "wingspan", "12", 422, "queries.q1.properties.wingspan: not a property of Person")]
    public void Bad_queries_are_rejected_with_status_and_detail(string schema, string prop, string value, int status, string detail)
    {
        var error = Assert.Throws<MatchException>(() => Build().Match("default", Request(schema, (prop, value)), new MatchParameters()));
        Assert.Equal(status, error.Status);
        Assert.Equal(detail, error.Detail);
    }

    [Fact]
    public void Overlong_names_empty_batches_unknown_datasets_and_algorithms_are_rejected()
    {
        var matcher = Build();
        var tooLong = Assert.Throws<MatchException>(() => matcher.Match("default", Request("Person", ("name", new string('a', 10_000))), new MatchParameters()));
        Assert.Equal(422, tooLong.Status);
        Assert.StartsWith("queries.q1.properties.name[0]: is 10000 characters long", tooLong.Detail);
        Assert.Equal(400, Assert.Throws<MatchException>(() => matcher.Match("default", new MatchRequest { Queries = [] }, new MatchParameters())).Status);
        Assert.Equal(404, Assert.Throws<MatchException>(() => matcher.Match("nope", Request("Person", ("name", "x")), new MatchParameters())).Status);
        Assert.Equal(400, Assert.Throws<MatchException>(() => matcher.Match("default", Request("Person", ("name", "x")), new MatchParameters { Algorithm = "magic" })).Status);
        Assert.Equal(422, Assert.Throws<MatchException>(() => matcher.Match("default", Request("Person", ("name", "x")), new MatchParameters { Limit = 0 })).Status);
        Assert.Equal(422, Assert.Throws<MatchException>(() => MatchRequest.Parse("{\"queries\": {")).Status);
    }

    [Fact]
    public void Request_json_accepts_strings_or_lists_as_values()
    {
        var request = MatchRequest.Parse("{\"queries\": {\"a\": {\"schema\": \"Person\", \"properties\": {\"name\": \"Alexander Lukashenko\", \"birthDate\": [\"1954\"]}}}}");
        Assert.Equal(["Alexander Lukashenko"], request.Queries!["a"]!.Properties!["name"]);
        Assert.Equal(["1954"], request.Queries["a"]!.Properties!["birthDate"]);
    }
}
