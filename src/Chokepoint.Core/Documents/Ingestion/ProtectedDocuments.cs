using Chokepoint.Security;

namespace Chokepoint.Documents.Ingestion;

/// <summary>
/// Reads a document of a protected source: the result and every error message call it only
/// <see cref="ProtectedSources.Label"/>; its location, title and publisher are left behind.
/// </summary>
public static class ProtectedDocuments
{
    public static async Task<DocumentSource> ReadAsync(string location, DocumentLimits limits, CancellationToken cancellationToken = default)
    {
        DocumentSource source;
        try
        {
            source = await DocumentReader.ReadAsync(location, limits, null, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The original exception is dropped with its inner ones: any of them may name the file.
            throw new InvalidDataException(Redact(error.Message, location));
        }
        return source with { Location = ProtectedSources.Label, Title = null, Publisher = null, Url = null };
    }

    /// <summary>Where the document came from, for the encrypted fields: the URL or the file's full path.</summary>
    public static string Original(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? location : Path.GetFullPath(location);

    private static string Redact(string message, string location)
    {
        foreach (var form in new[] { Original(location), location, Path.GetFileName(location) }.Where(f => f.Length > 0))
            message = message.Replace(form, ProtectedSources.Label, StringComparison.Ordinal);
        return message;
    }
}
