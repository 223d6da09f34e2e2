using System.Diagnostics;
using Chokepoint.Importing;

namespace Chokepoint.Matching.Screening;

/// <summary>
/// Batch screening of a names file (columns <c>name</c>, optional <c>id, schema, birth_date, country, identifier</c>):
/// one output row per candidate at or above the threshold; a broken row is reported by line and the rest are screened.
/// </summary>
public sealed class Screener(Matcher matcher, MatchParameters parameters, string dataset = Matcher.DefaultDataset)
{
    public static readonly string[] OutputColumns = ["line", "id", "name", "schema", "score", "entity_id", "caption", "entity_schema", "datasets", "features"];
    private const int ChunkSize = 2048;

    public async Task<ScreeningSummary> RunAsync(string inputPath, TextWriter output, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var algorithm = parameters.Validate();
        var scope = matcher.Scope(dataset, parameters);
        var clock = Stopwatch.StartNew();
        var totalBytes = new FileInfo(inputPath).Length;
        using var reader = DelimitedReader.Open(inputPath);
        var summary = new ScreeningSummary { Delimiter = reader.Delimiter, Encoding = reader.Encoding.WebName };
        var header = reader.Next()?.Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList()
            ?? throw new InvalidDataException($"{inputPath}: the file is empty");
        if (!header.Contains("name"))
            throw new InvalidDataException($"{inputPath}: no 'name' column in the header ({string.Join(reader.Delimiter, header)}); columns: name, optional id, schema, birth_date, country, identifier");
        await output.WriteLineAsync(string.Join(',', OutputColumns));
        var chunk = new List<(int Line, List<string> Fields, string? Error)>(ChunkSize);
        long bytes = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = reader.Next();
            if (record is { } r)
            {
                chunk.Add(r);
                bytes += r.Fields.Sum(f => f.Length + 1);
            }
            if (chunk.Count == ChunkSize || (record is null && chunk.Count > 0))
            {
                var screened = chunk.AsParallel().AsOrdered().WithCancellation(cancellationToken)
                    .Select(row => row.Error is null ? ScreenRow(header, row.Line, row.Fields, algorithm, scope) : ([], $"line {row.Line}: {row.Error}")).ToList();
                foreach (var (lines, error) in screened)
                {
                    summary.Rows++;
                    if (error is not null)
                        summary.Errors.Add(error);
                    if (lines.Count > 0)
                        summary.Hits++;
                    summary.Matches += lines.Count;
                    foreach (var line in lines)
                        await output.WriteLineAsync(line);
                }
                chunk.Clear();
                progress?.Report(new ImportProgress(summary.Rows, summary.Hits, Math.Min(bytes, totalBytes), totalBytes));
            }
            if (record is null)
                break;
        }
        progress?.Report(new ImportProgress(summary.Rows, summary.Hits, totalBytes, totalBytes));
        summary.Elapsed = clock.Elapsed;
        return summary;
    }

    private (List<string> Lines, string? Error) ScreenRow(List<string> header, int line, List<string> fields, Algorithms.IMatchAlgorithm algorithm, IReadOnlySet<string> scope)
    {
        string Cell(string column) => DelimitedReader.Cell(header, fields, column);
        if (fields.Count != header.Count)
            return ([], $"line {line}: {fields.Count} fields where the header has {header.Count} (wrong delimiter, or a value with an unquoted delimiter?)");
        var schema = Cell("schema") is { Length: > 0 } s ? s : "LegalEntity";
        try
        {
            var subject = QueryParser.ParseRow(schema, Cell("name"), Cell("birth_date"), Cell("country"), Cell("identifier"), parameters.Transliterate);
            var (results, _) = matcher.Run(subject, parameters, algorithm, scope);
            var lines = results.Where(m => m.Match).Select(m => Csv(
                line.ToString(System.Globalization.CultureInfo.InvariantCulture), Cell("id"), Cell("name"), schema,
                m.Score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture), m.Id, m.Caption, m.Schema,
                string.Join(';', m.Datasets), string.Join(';', m.Features.Select(f => FormattableString.Invariant($"{f.Key}={f.Value:0.###}"))))).ToList();
            return (lines, null);
        }
        catch (MatchException error)
        {
            return ([], $"line {line}: {error.Detail}");
        }
    }

    private static string Csv(params string[] values) =>
        string.Join(',', values.Select(v => v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v));
}
