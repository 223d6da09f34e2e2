using System.Text;
using Chokepoint.Importing;
using Chokepoint.Sources.Ftm;
using Chokepoint.Sources.Ofac;
using Chokepoint.Sources.Un;

namespace Chokepoint.Sources;

/// <summary>Guesses a file's format for <c>import auto</c>: by the files of a folder, the file name, then the first bytes.</summary>
public static class FormatDetector
{
    private const int HeadBytes = 4096;

    public static string Detect(string path)
    {
        if (Directory.Exists(path))
        {
            var names = Directory.EnumerateFiles(path).Select(f => InputStreams.LogicalName(f).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            if (names.Contains(OfacCsvSet.Sdn.Primary))
                return OfacCsvFormat.SdnName;
            if (names.Contains(OfacCsvSet.Cons.Primary))
                return OfacCsvFormat.ConsName;
            throw new ImportException(path, null, null, "is a folder without a known file set (sdn.csv, cons_prim.csv)");
        }
        if (!File.Exists(path))
            throw new ImportException(path, null, null, "does not exist");
        var name = InputStreams.LogicalName(path).ToLowerInvariant();
        if (name.StartsWith("cons_prim", StringComparison.Ordinal))
            return OfacCsvFormat.ConsName;
        if (name.EndsWith(".ftm.json", StringComparison.Ordinal) || name.EndsWith(".ftm.jsonl", StringComparison.Ordinal))
            return FtmFormat.Name;
        var head = Head(path);
        if (head.Contains("<CONSOLIDATED_LIST", StringComparison.Ordinal))
            return UnXmlFormat.Name;
        if (head.TrimStart().StartsWith('{') && head.Contains("\"entries\"", StringComparison.Ordinal) && head.Contains("\"published\"", StringComparison.Ordinal))
            return OfacJsonFormat.Name;
        if (head.TrimStart().StartsWith('{') && head.Contains("\"schema\"", StringComparison.Ordinal))
            return FtmFormat.Name;
        if (System.Text.RegularExpressions.Regex.IsMatch(head, "^\\d+,\"[^\"]*\",(-0- |\"(individual|vessel|aircraft)\"),"))
            return name.StartsWith("cons", StringComparison.Ordinal) ? OfacCsvFormat.ConsName : OfacCsvFormat.SdnName;
        throw new ImportException(path, null, null, "format not recognised; name one explicitly (see `chokepoint import --help`)");
    }

    private static string Head(string path)
    {
        using var stream = InputStreams.Open(path, long.MaxValue);
        var buffer = new byte[HeadBytes];
        var read = stream.ReadAtLeast(buffer, HeadBytes, throwOnEndOfStream: false);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}
