using System.Security.Cryptography;
using System.Text;

namespace Chokepoint.Security;

/// <summary>
/// An API key as presented: <c>cpk_ID_SECRET</c>, ID 12 hex characters, SECRET 32 random bytes in base64url.
/// Only the SHA-256 of the secret is stored: a salted slow hash adds nothing for 256 bits of entropy.
/// </summary>
public sealed record ApiKey(string Id, string Secret)
{
    public const string Prefix = "cpk_";

    public string Presented => $"{Prefix}{Id}_{Secret}";

    public string SecretSha256 => HashSecret(Secret);

    public static ApiKey Generate() => new(
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
        Base64Url(RandomNumberGenerator.GetBytes(32)));

    /// <summary>Null for anything that is not shaped like a key; never throws on hostile input.</summary>
    public static ApiKey? Parse(string? presented)
    {
        if (presented is null || presented.Length > 200 || !presented.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        var rest = presented[Prefix.Length..];
        var split = rest.IndexOf('_', StringComparison.Ordinal);
        if (split != 12 || rest.Length <= split + 1)
            return null;
        var id = rest[..split];
        return id.All(Uri.IsHexDigit) ? new ApiKey(id, rest[(split + 1)..]) : null;
    }

    public static string HashSecret(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
