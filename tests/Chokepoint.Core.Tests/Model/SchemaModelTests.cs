using Chokepoint.Model;

namespace Chokepoint.Core.Tests.Model;

public class SchemaModelTests
{
    private static readonly SchemaModel Model = SchemaModel.Default;

    [Fact]
    public void Every_property_has_a_known_type_and_entity_properties_a_known_range()
    {
        foreach (var schema in Model.Schemata)
        {
            foreach (var property in schema.Properties.Values)
            {
                Assert.True(Model.Types.ContainsKey(property.Type.Name), $"{property}: type {property.Type.Name}");
                if (property.Type.IsEntity)
                    Assert.True(property.Range is not null && Model.TryGet(property.Range) is not null, $"{property}: range '{property.Range}'");
            }
        }
    }

    [Fact]
    public void Every_reverse_property_exists_on_its_range_and_points_back()
    {
        foreach (var property in Model.Schemata.SelectMany(s => s.Properties.Values).Where(p => p.Reverse is not null && !p.Stub).Distinct())
        {
            var range = Model.Get(property.Range!);
            var reverse = range.GetProperty(property.Reverse!);
            Assert.True(reverse is not null, $"{property}: reverse {property.Reverse} missing on {range.Name}");
            // FtM gives two CallForTenders properties the same reverse name; the stub then points at one of them.
            var back = Model.Get(property.SchemaName).GetProperty(reverse!.Reverse!);
            Assert.True(back?.Reverse == property.Reverse, $"{property}: reverse {reverse} points back to {reverse.Reverse}");
            Assert.True(Model.Get(property.SchemaName).IsA(reverse.Range!) || Model.Get(reverse.Range!).IsA(property.SchemaName),
                $"{property}: reverse {reverse} ranges over {reverse.Range}");
        }
    }

    [Fact]
    public void Featured_required_caption_and_edge_properties_exist_on_their_schema()
    {
        foreach (var schema in Model.Schemata)
        {
            foreach (var name in schema.Featured.Concat(schema.Required).Concat(schema.Caption))
                Assert.True(schema.GetProperty(name) is not null, $"{schema.Name} lists unknown property '{name}'");
            if (schema.Edge is { } edge)
            {
                Assert.True(schema.GetProperty(edge.Source) is { Type.IsEntity: true }, $"{schema.Name} edge source {edge.Source}");
                Assert.True(schema.GetProperty(edge.Target) is { Type.IsEntity: true }, $"{schema.Name} edge target {edge.Target}");
            }
        }
    }

    [Fact]
    public void Inheritance_gives_company_the_properties_of_legal_entity_and_thing()
    {
        var company = Model.Get("Company");
        Assert.True(company.IsA("LegalEntity"));
        Assert.True(company.IsA("Thing"));
        Assert.NotNull(company.GetProperty("name"));
        Assert.NotNull(company.GetProperty("innCode"));
        Assert.NotNull(company.GetProperty("ownershipAsset"));
        Assert.True(company.GetProperty("ownershipAsset")!.Stub);
    }

    [Theory]
    [InlineData("Product", "hsCode", "hscode")]
    [InlineData("Supply", "supplier", "entity")]
    [InlineData("Supply", "product", "entity")]
    [InlineData("Claim", "value", "number")]
    [InlineData("Observation", "indicator", "string")]
    public void Chokepoint_extension_schemata_are_loaded(string schema, string property, string type)
    {
        Assert.Equal(type, Model.Get(schema).GetProperty(property)?.Type.Name);
    }

    [Fact]
    public void Supply_is_an_edge_from_supplier_to_recipient_and_products_know_their_supplies()
    {
        var supply = Model.Get("Supply");
        Assert.Equal(new SchemaEdge("supplier", "recipient", "supplies", true), supply.Edge);
        Assert.Equal("product", Model.Get("Product").GetProperty("supplies")!.Reverse);
    }

    [Fact]
    public void Common_schema_is_the_more_specific_one_or_null()
    {
        Assert.Equal("Company", Model.Common(Model.Get("LegalEntity"), Model.Get("Company"))?.Name);
        Assert.Equal("Company", Model.Common(Model.Get("Company"), Model.Get("LegalEntity"))?.Name);
        Assert.Null(Model.Common(Model.Get("Person"), Model.Get("Vessel")));
    }
}
