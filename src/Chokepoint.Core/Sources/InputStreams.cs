using System.IO.Compression;

namespace Chokepoint.Sources;

/// <summary>Opens list files for reading, gzip-compressed (by magic bytes, whatever the name) or plain.</summary>
public static class InputStreams
{
    /// <summary>The file's content, decompressed when gzip, with a counter of compressed bytes read for progress.</summary>
    public static Stream Open(string path, out Func<long> bytesRead)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        bytesRead = () => file.CanSeek ? file.Position : 0;
        if (!IsGzip(file))
            return file;
        return new GZipStream(file, CompressionMode.Decompress, leaveOpen: false);
    }

    /// <summary>Reads a whole (decompressed) file into memory, refusing more than <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadAll(string path, long maxBytes)
    {
        using var stream = Open(path, out _);
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new Importing.ImportException(path, null, null, $"holds over {maxBytes:N0} bytes once decompressed, over the limit");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static bool IsGzip(string path)
    {
        using var file = File.OpenRead(path);
        return IsGzip(file);
    }

    private static bool IsGzip(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var n = file.Read(magic);
        file.Position = 0;
        return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }
}
