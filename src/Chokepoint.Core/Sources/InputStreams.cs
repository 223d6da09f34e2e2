using System.IO.Compression;
using Chokepoint.Importing;

namespace Chokepoint.Sources;

/// <summary>Opens input files for reading, decompressing gzip (by its magic bytes) transparently and capping the decompressed size.</summary>
public static class InputStreams
{
    public static bool IsGzip(string path)
    {
        Span<byte> magic = stackalloc byte[2];
        using var stream = File.OpenRead(path);
        return stream.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
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
