using Chokepoint.Importing;
using Chokepoint.Storage;

namespace Chokepoint.Security;

/// <summary>
/// An import whose file source is protected: the source row carries only the redacted label, the identifying fields
/// (who gave it, contact, original file path) go encrypted to <see cref="ProtectedSources"/>, and no error message names the file.
/// </summary>
public static class ProtectedImport
{
    public static async Task<ImportResult> RunAsync(
        IStore store,
        Func<ImportInput> open,
        ImportOptions options,
        ProtectedFields fields,
        ProtectedSources protectedSources,
        IAuditSink audit,
        AuditContext by,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        try
        {
            var input = Redact(open());
            var result = await ImportRunner.RunAsync(store, input, options, progress, cancellationToken, audit, by);
            await protectedSources.StoreAsync(input.Sources[0].Id, fields, cancellationToken);
            return result with { Skipped = [.. result.Skipped.Select(Redact)] };
        }
        catch (ImportException error)
        {
            throw new ImportException(Redact(error.Issue));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{ProtectedSources.Label}: could not be read");
        }
    }

    private static ImportInput Redact(ImportInput input) => new()
    {
        File = ProtectedSources.Label,
        Metadata = input.Metadata,
        Release = input.Release,
        Sources = [ProtectedSources.Redact(input.Sources[0]), .. input.Sources.Skip(1)],
        Records = input.Records,
        TotalBytes = input.TotalBytes,
        BytesRead = input.BytesRead,
        BeforeCommit = input.BeforeCommit,
    };

    private static ImportIssue Redact(ImportIssue issue) => issue with { File = ProtectedSources.Label };
}
