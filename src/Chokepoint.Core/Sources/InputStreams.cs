using System.IO.Compression;
using Chokepoint.Importing;

namespace Chokepoint.Sources;

/// <summary>Opens input files for reading, decompressing gzip (by its magic bytes) transparently and capping the decompressed size.</summary>
public static class InputStreams
{
    public static bool IsGzip(string path)
    {
        using var file = File.OpenRead(path);
        return IsGzip(file);
    }

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
                throw new ImportException(path, null, null, $"holds over {maxBytes:N0} bytes once decompressed, over the limit");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static bool IsGzip(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var n = file.Read(magic);
        file.Position = 0;
        return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }


    /// <summary>The file's content; a gzip file yields its decompressed bytes, at most <paramref name="maxBytes"/> of them.</summary>
    public static Stream Open(string path, long maxBytes)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (!IsGzip(path))
            return file;
        return new BoundedStream(new GZipStream(file, CompressionMode.Decompress), maxBytes, path);
    }

    /// <summary>The file name without a trailing <c>.gz</c>, for detection by extension.</summary>
    public static string LogicalName(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
    }

    private sealed class BoundedStream(Stream inner, long maxBytes, string path) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int read)
        {
            _read += read;
            if (_read > maxBytes)
                throw new ImportException(path, null, null, $"decompresses to more than the limit of {maxBytes:N0} bytes");
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
