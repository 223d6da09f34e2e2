using System.Security.Cryptography;
using System.Text;

namespace Chokepoint.Statements;

/// <summary>Statement ids: a hash of what makes a statement the same across releases (dataset, entity, property, value, source).</summary>
public static class StatementIds
{
    public static string Make(string dataset, string entityId, string prop, string value, string? sourceId)
    {
        var text = string.Join('\u001f', dataset, entityId, prop, value, sourceId ?? "");
        var bytes = Encoding.UTF8.GetByteCount(text);
        Span<byte> hash = stackalloc byte[20];
        if (bytes <= 1024)
        {
            Span<byte> buffer = stackalloc byte[bytes];
            Encoding.UTF8.GetBytes(text, buffer);
            SHA1.HashData(buffer, hash);
        }
        else
        {
            SHA1.HashData(Encoding.UTF8.GetBytes(text), hash);
        }
        return Convert.ToHexStringLower(hash);
    }
}
