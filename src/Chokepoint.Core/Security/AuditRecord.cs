using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Chokepoint.Security;

/// <summary>One stored audit record with its place in the hash chain.</summary>
public sealed record AuditRecord(long Seq, string At, string Actor, string Action, string? Target, string? Remote, string? Details, string PrevHash, string Hash)
{
    /// <summary>The previous hash of the first record.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>SHA-256 over the canonical record (a JSON array of its fields, fixed order) followed by the previous hash.</summary>
    public static string ComputeHash(string at, AuditEntry entry, string prevHash)
    {
        var canonical = JsonSerializer.Serialize(new[] { at, entry.Actor, entry.Action, entry.Target, entry.Remote, entry.Details });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical + prevHash)));
    }

    public string Recompute() => ComputeHash(At, new AuditEntry(Actor, Action, Target, Remote, Details), PrevHash);
}
