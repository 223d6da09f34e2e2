using Chokepoint.Importing;
using Chokepoint.Sources.Ofac;

namespace Chokepoint.Core.Tests.Sources.Ofac;

public sealed class OfacCsvReaderTests
{
    [Fact]
    public void Null_marker_becomes_null_and_ctrl_z_end_line_is_skipped()
    {
        var rows = OfacCsvReader.Parse("sdn.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a", 12);
        var row = Assert.Single(rows);
        Assert.Equal("36", row[0]);
        Assert.Equal("AEROCARIBBEAN AIRLINES", row[1]);
        Assert.Null(row[2]);
        Assert.Null(row[11]);
    }

    [Fact]
    public void Quoted_field_keeps_commas_and_doubled_quotes()
    {
        var rows = OfacCsvReader.Parse("alt.csv", "306,220,\"aka\",\"BANCO \"\"NACIONAL\"\", CUBA\",-0- \r\n", 5);
        Assert.Equal("BANCO \"NACIONAL\", CUBA", rows[0][3]);
    }

    [Fact]
    public void Broken_row_is_reported_with_file_and_row()
    {
        var text = "36,\"A\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n37,\"B\",-0- ,\"CUBA\"\r\n";
        var error = Assert.Throws<ImportException>(() => OfacCsvReader.Parse("sdn.csv", text, 12));
        Assert.Equal("sdn.csv", error.Issue.File);
        Assert.Equal(2, error.Issue.Line);
        Assert.Contains("4 fields", error.Issue.Message);
    }

    [Fact]
    public async Task Invalid_utf8_is_refused_with_a_clear_error()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllBytesAsync(path, [.. "36,\"CAF"u8.ToArray(), 0xC9, .. "\",-0- \r\n"u8.ToArray()]);
        try
        {
            var error = await Assert.ThrowsAsync<ImportException>(() => OfacCsvReader.ReadAsync(path, 3, 1 << 20, CancellationToken.None));
            Assert.Contains("UTF-8", error.Issue.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
