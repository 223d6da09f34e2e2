using System.Security.Cryptography;
using Chokepoint.Datasets;
using Chokepoint.Importing;

namespace Chokepoint.Sources;

/// <summary>Checks shared by every importer: the file exists, is not empty, is within the size limit.</summary>
public static class InputFiles
{
    public static FileInfo Check(string path, long maxBytes)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
            throw new ImportException(path, null, null, "does not exist");
        if (file.Length == 0)
            throw new ImportException(path, null, null, "is empty");
        if (file.Length > maxBytes)
            throw new ImportException(path, null, null, $"is {file.Length:N0} bytes, over the limit of {maxBytes:N0}");
        return file;
    }

    /// <summary>The source every statement of a list file cites unless a record names another: the file itself, by content hash.</summary>
    public static SourceInfo ReleaseSource(string path, string dataset, string? url = null, string? published = null)
    {
        string sha256;
        using (var stream = File.OpenRead(path))
            sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new SourceInfo
        {
            Id = $"{dataset}:{sha256[..16]}",
            Dataset = dataset,
            Kind = "release",
            Title = Path.GetFileName(path),
            Url = url,
            Published = published,
            Sha256 = sha256,
        };
    }
}
