using System.Text;
using Chokepoint.Matching;
using Chokepoint.Matching.Screening;
using Chokepoint.Model;
using Chokepoint.Statements;
using Xunit;

namespace Chokepoint.Core.Tests.Matching.Screening;

public class ScreenerTests
{
    [Fact]
    public async Task Broken_rows_are_reported_by_line_while_the_rest_are_screened()
    {
        var entity = new Entity("p-luk", SchemaModel.Default.Get("Person"));
        entity.Datasets.Add("lists");
        entity.Add("name", "Alexander Lukashenko");
        var index = new MatchIndex();
        index.Replace(IndexSegment.Build("lists", [entity]));
        var path = Path.GetTempFileName();
        try
        {
            // Semicolons and Latin-1 (é as one byte 0xE9): both detected.
            await File.WriteAllBytesAsync(path, Encoding.Latin1.GetBytes(
                "id;name;schema;country\n1;Alexandre Loukachenko;Person;Belarus\n2;;Person;\n3;José Nobody;Person;\n4;x;Martian;\n5;a;b;c;d;e\n"));
            var output = new StringWriter();
            var summary = await new Screener(new Matcher(index), new MatchParameters()).RunAsync(path, output, null, CancellationToken.None);
            Assert.Equal(';', summary.Delimiter);
            Assert.Equal(5, summary.Rows);
            Assert.Equal(1, summary.Hits);
            Assert.Equal(["line 3: name[0]: is empty", "line 5: schema: unknown schema 'Martian'", "line 6: 6 fields where the header has 4 (wrong delimiter, or a value with an unquoted delimiter?)"], summary.Errors);
            var lines = output.ToString().Trim().Split('\n');
            Assert.Equal(2, lines.Length);
            Assert.StartsWith("2,1,Alexandre Loukachenko,Person,", lines[1]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
