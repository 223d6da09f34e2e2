using System.Security.Cryptography;
using System.Text;

namespace Chokepoint.Statements;

/// <summary>
/// Statement ids: the lower-case hex SHA-1 of what makes a statement the same across releases, joined by U+001F
/// (dataset, entity, property, value, source). The parts are encoded straight into a reused buffer and hashed with a
/// reused hash object per thread: a one-shot hash sets up a new digest context per call, which costs more than the hash.
/// </summary>
public static class StatementIds
{
    private const byte Separator = 0x1f;

    [ThreadStatic]
    private static IncrementalHash? t_sha1;

    [ThreadStatic]
    private static byte[]? t_buffer;

    public static string Make(string dataset, string entityId, string prop, string value, string? sourceId)
    {
        sourceId ??= "";
        var chars = dataset.Length + entityId.Length + prop.Length + value.Length + sourceId.Length;
        var buffer = t_buffer;
        if (buffer is null || buffer.Length < Encoding.UTF8.GetMaxByteCount(chars) + 4)
            t_buffer = buffer = new byte[Math.Max(1024, Encoding.UTF8.GetMaxByteCount(chars) + 4)];
        var length = Encoding.UTF8.GetBytes(dataset, buffer);
        buffer[length++] = Separator;
        length += Encoding.UTF8.GetBytes(entityId, buffer.AsSpan(length));
        buffer[length++] = Separator;
        length += Encoding.UTF8.GetBytes(prop, buffer.AsSpan(length));
        buffer[length++] = Separator;
        length += Encoding.UTF8.GetBytes(value, buffer.AsSpan(length));
        buffer[length++] = Separator;
        length += Encoding.UTF8.GetBytes(sourceId, buffer.AsSpan(length));
        var sha1 = t_sha1 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        sha1.AppendData(buffer, 0, length);
        Span<byte> hash = stackalloc byte[20];
        sha1.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash);
    }
}
