using Chokepoint.Matching.Screening;

namespace Chokepoint.Core.Tests.Matching.Screening;

public sealed class DelimitedReaderTests
{
    [Fact]
    public void Quote_left_open_breaks_only_its_own_row()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chokepoint-reader-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "name,country\nAlpha,by\n\"Broken, row,ru\nBeta,\"Quoted \"\"x\"\"\"\nGamma,by\n");
        try
        {
            using var reader = DelimitedReader.Open(path);
            var rows = new List<(int Line, List<string> Fields, string? Error)>();
            while (reader.Next() is { } row)
                rows.Add(row);
            Assert.Equal([1, 2, 3, 4, 5], rows.Select(r => r.Line));
            Assert.Equal(["Alpha", "by"], rows[1].Fields);
            Assert.Contains("unterminated quote", rows[2].Error, StringComparison.Ordinal);
            Assert.Contains("not closed", rows[2].Error, StringComparison.Ordinal);
            Assert.Equal(["Beta", "Quoted \"x\""], rows[3].Fields);
            Assert.Equal(["Gamma", "by"], rows[4].Fields);
            Assert.All(rows.Where(r => r.Line != 3), r => Assert.Null(r.Error));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Quote_left_open_to_the_end_of_the_file_breaks_only_its_own_row()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chokepoint-reader-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "name\nAlpha\n\"Broken\nBeta\nGamma\n");
        try
        {
            using var reader = DelimitedReader.Open(path);
            var rows = new List<(int Line, List<string> Fields, string? Error)>();
            while (reader.Next() is { } row)
                rows.Add(row);
            Assert.Equal([(1, "name"), (2, "Alpha"), (3, ""), (4, "Beta"), (5, "Gamma")], rows.Select(r => (r.Line, r.Error is null ? r.Fields[0] : "")));
            Assert.NotNull(rows[2].Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Quoted_field_may_hold_a_line_break_and_keeps_line_numbers()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chokepoint-reader-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "name;note\n\"Two\nlines\";a\nNext;b\n");
        try
        {
            using var reader = DelimitedReader.Open(path);
            reader.Next();
            var two = reader.Next()!.Value;
            var next = reader.Next()!.Value;
            Assert.Equal((2, "Two\nlines", "a"), (two.Line, two.Fields[0], two.Fields[1]));
            Assert.Equal((4, "Next", (string?)null), (next.Line, next.Fields[0], next.Error));
            Assert.Null(reader.Next());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("name\nМЗКТ\n")]
    [InlineData("name\nМЗКТ")]
    [InlineData("name\nЛукашэнка Аляксандр\n")]
    public void Short_utf8_file_ending_in_cyrillic_is_read_as_utf8(string text)
    {
        using var reader = DelimitedReader.Open(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));
        reader.Next();
        Assert.Equal(text.Split('\n')[1], reader.Next()!.Value.Fields[0]);
        Assert.Equal("utf-8", reader.Encoding.WebName);
    }
}
