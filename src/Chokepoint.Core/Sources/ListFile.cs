using System.Runtime.CompilerServices;
using System.Xml;
using Chokepoint.Datasets;
using Chokepoint.Importing;

namespace Chokepoint.Sources;

/// <summary>Builds the <see cref="ImportInput"/> of one official list file, plain or gzip-compressed.</summary>
public static class ListFile
{
    public static ImportInput Input(
        string path, ImportOptions options, DatasetInfo metadata, string? release,
        IEnumerable<ReadItem> records, Func<long>? bytesRead = null)
    {
        var file = InputFiles.Check(path, options.MaxFileBytes);
        var source = InputFiles.ReleaseSource(path, options.Dataset, metadata.Url, release) with { Publisher = metadata.Publisher, Grading = options.Grading ?? "A1" };
        return new ImportInput
        {
            File = path,
            Metadata = metadata,
            Release = release,
            Sources = [source],
            Records = Stream(path, records),
            TotalBytes = file.Length,
            BytesRead = bytesRead ?? (() => 0),
        };
    }

    /// <summary>Reads a whole text file (decompressed, decoded, size-checked) for importers that parse it in memory.</summary>
    public static string ReadText(string path, ImportOptions options)
    {
        InputFiles.Check(path, options.MaxFileBytes);
        return TextDecoding.Decode(InputStreams.ReadAll(path, options.MaxFileBytes), path);
    }

    /// <summary>Turns XML errors (a DTD, malformed markup) into import errors that name the file and line.</summary>
    private static async IAsyncEnumerable<ReadItem> Stream(string path, IEnumerable<ReadItem> records, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var enumerator = records.GetEnumerator();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (!enumerator.MoveNext())
                    break;
            }
            catch (XmlException error)
            {
                throw new ImportException(path, error.LineNumber > 0 ? error.LineNumber : null, null, Describe(error));
            }
            yield return enumerator.Current;
        }
        await Task.CompletedTask;
    }

    private static string Describe(XmlException error) =>
        error.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
            ? "is refused: it declares a DTD (document type definitions and entities are not accepted in list files)"
            : $"is not well-formed XML: {error.Message}";
}
