using System.Globalization;
using System.Text;
using Chokepoint.Importing;
using Chokepoint.Sources.Csv;
using ExcelDataReader;

namespace Chokepoint.Sources.Uk;

/// <summary>Reads the first sheet of an OFSI XLSX as rows of text, so it parses exactly like the CSV.</summary>
public static class OfsiXlsx
{
    static OfsiXlsx() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsXlsx(string path)
    {
        if (InputStreams.IsGzip(path))
            return false;
        using var file = File.OpenRead(path);
        return file.ReadByte() == 'P' && file.ReadByte() == 'K';
    }

    public static List<CsvRow> ReadRows(string path, long maxBytes)
    {
        var rows = new List<CsvRow>();
        using var stream = File.OpenRead(path);
        try
        {
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            long line = 0;
            while (reader.Read())
            {
                line++;
                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                    fields[i] = Text(reader.GetValue(i));
                if (fields.Any(f => f.Length > 0))
                    rows.Add(new CsvRow(line, fields));
            }
        }
        catch (Exception error) when (error is InvalidDataException or System.Xml.XmlException or ExcelDataReader.Exceptions.ExcelReaderException)
        {
            throw new ImportException(path, null, null, $"is not a readable XLSX workbook: {error.Message}");
        }
        return rows;
    }

    /// <summary>Cells as the CSV export writes them: dates dd/MM/yyyy, whole numbers without decimals.</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        double number when number == Math.Floor(number) && Math.Abs(number) < 1e15 => number.ToString("0", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
