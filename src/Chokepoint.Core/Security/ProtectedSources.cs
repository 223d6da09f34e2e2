using System.Security.Cryptography;
using System.Text;
using Chokepoint.Datasets;

namespace Chokepoint.Security;

/// <summary>
/// Identifying fields of protected sources, AES-256-GCM encrypted per value (random 12-byte nonce, associated data
/// "SOURCE_ID/FIELD" so a ciphertext cannot be moved to another source or field). Reading them needs the
/// protected_sources permission and is written to the audit log.
/// </summary>
public sealed class ProtectedSources(SecurityDb db, byte[] key, IAuditSink audit)
{
    public const string Label = "protected source";

    /// <summary>Opens the service with the key file resolved from the option, the variable or the default.</summary>
    public static ProtectedSources Open(SecurityDb db, string? keyFileOption, IAuditSink audit) =>
        new(db, KeyFile.LoadOrCreate(KeyFile.Resolve(keyFileOption, db.Folder)), audit);

    /// <summary>What users without clearance see: "protected source, grading B2".</summary>
    public static string Redacted(SourceInfo source) =>
        source.Grading is null ? Label : $"{Label}, grading {source.Grading}";

    /// <summary>The source as stored and shown: no title, URL or other identifying text.</summary>
    public static SourceInfo Redact(SourceInfo source) => source with { Title = Label, Url = null, Publisher = null };

    public async Task StoreAsync(string sourceId, ProtectedFields fields, CancellationToken cancellationToken = default)
    {
        using var aes = new AesGcm(key, AesGcm.TagByteSizes.MaxSize);
        foreach (var (field, value) in fields.Values())
        {
            var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
            var plain = Encoding.UTF8.GetBytes(value);
            var cipher = new byte[plain.Length];
            var tag = new byte[AesGcm.TagByteSizes.MaxSize];
            aes.Encrypt(nonce, plain, cipher, tag, Associated(sourceId, field));
            await db.ExecuteAsync("protected_upsert", cancellationToken,
                ("source", sourceId), ("field", field), ("nonce", nonce), ("ciphertext", cipher), ("tag", tag));
        }
    }

    public async Task<bool> IsProtectedAsync(string sourceId, CancellationToken cancellationToken = default) =>
        (await db.QueryAsync("protected_exists", r => r.GetInt64(0), cancellationToken, ("source", sourceId))).Single() != 0;

    /// <summary>Decrypts a source's fields for a principal allowed to see them; records the read. Null for an unprotected source.</summary>
    public async Task<ProtectedFields?> RevealAsync(Principal principal, string sourceId, string? remote, CancellationToken cancellationToken = default)
    {
        if (!AccessControl.Can(principal, Permissions.ProtectedSources))
        {
            await audit.RecordAsync(new AuditEntry(principal.Name, "protected.reveal.denied", sourceId, remote, null), cancellationToken);
            throw new UnauthorizedAccessException("revealing a protected source needs the admin role");
        }
        var rows = await db.QueryAsync("protected_get", r => (Field: r.GetString(0), Nonce: (byte[])r[1], Cipher: (byte[])r[2], Tag: (byte[])r[3]),
            cancellationToken, ("source", sourceId));
        if (rows.Count == 0)
            return null;
        await audit.RecordAsync(new AuditEntry(principal.Name, "protected.reveal", sourceId, remote, null), cancellationToken);
        using var aes = new AesGcm(key, AesGcm.TagByteSizes.MaxSize);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var plain = new byte[row.Cipher.Length];
            try
            {
                aes.Decrypt(row.Nonce, row.Cipher, row.Tag, plain, Associated(sourceId, row.Field));
            }
            catch (AuthenticationTagMismatchException)
            {
                throw new InvalidDataException("the key file does not match the key these protected sources were encrypted with (or the data was altered)");
            }
            values[row.Field] = Encoding.UTF8.GetString(plain);
        }
        return ProtectedFields.From(values);
    }

    private static byte[] Associated(string sourceId, string field) => Encoding.UTF8.GetBytes($"{sourceId}/{field}");
}
