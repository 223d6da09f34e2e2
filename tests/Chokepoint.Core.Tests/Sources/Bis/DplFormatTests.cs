using Chokepoint.Sources;
using Chokepoint.Sources.Bis;
using Microsoft.VisualBasic.FileIO;
using Xunit;

namespace Chokepoint.Core.Tests.Sources.Bis;

public class DplFormatTests
{
    [Fact]
    public async Task One_entity_per_name_and_address_with_one_sanction_per_order()
    {
        var path = ListImport.Fixture("dpl_2022-09_head60.txt");
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters("\t");
        parser.ReadFields();
        var persons = new HashSet<string>();
        var orders = new HashSet<string>();
        while (parser.ReadFields() is { } row)
        {
            var person = ListValues.Hash(row[0], row[1], row[2], row[3], row[5], row[4]);
            persons.Add(person);
            orders.Add($"{person}|{ListValues.Normalize($"{row[6].Trim()} {row[11].Trim()}")}");
        }

        var stats = await ListImport.RunAsync(DplFormat.Open, path);

        Assert.Equal(persons.Count, stats.Count("LegalEntity"));
        Assert.Equal(orders.Count, stats.Count("Sanction"));
    }
}
