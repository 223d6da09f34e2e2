using System.Security.Cryptography;
using System.Text;
using Chokepoint.Statements;
using Xunit;

namespace Chokepoint.Core.Tests;

public sealed class StatementIdsTests
{
    [Theory]
    [InlineData("ofac", "ofac-1", "name", "Peleng", "src")]
    [InlineData("zala", "NK-2Tbri3s6GgNtAwsSXh4qpL", "name", "Мария Александровна Осетрова", null)]
    [InlineData("docs", "doc-1", "notes", "", "article-1")]
    public void Id_is_the_hex_sha1_of_the_parts_joined_by_unit_separators(string dataset, string entity, string prop, string value, string? source)
    {
        var joined = string.Join('\u001f', dataset, entity, prop, value, source ?? "");
        var expected = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(joined)));
        Assert.Equal(expected, StatementIds.Make(dataset, entity, prop, value, source));
    }

    [Fact]
    public void Ids_stay_what_earlier_releases_stored()
    {
        // A changed id would make every stored statement look new: first_seen and release history depend on it.
        Assert.Equal("3f317c28a47afc6ca4c2fbebf3f8b6413cdb125f", StatementIds.Make("ofac", "ofac-1", "name", "Peleng", "src"));
        var longValue = new string('я', 5000);
        var joined = Encoding.UTF8.GetBytes($"ofac\u001fofac-1\u001fnotes\u001f{longValue}\u001f");
        Assert.Equal(Convert.ToHexStringLower(SHA1.HashData(joined)), StatementIds.Make("ofac", "ofac-1", "notes", longValue, null));
    }

    [Fact]
    public void Ids_made_on_many_threads_at_once_agree()
    {
        var values = Enumerable.Range(0, 2000).Select(i => $"Firm {i} ООО").ToArray();
        var expected = values.Select(v => StatementIds.Make("ofac", "e", "name", v, null)).ToArray();
        var parallel = new string[values.Length];
        Parallel.For(0, values.Length, i => parallel[i] = StatementIds.Make("ofac", "e", "name", values[i], null));
        Assert.Equal(expected, parallel);
    }
}
