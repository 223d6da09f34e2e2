namespace Chokepoint.Security;

/// <summary>A stored API key as listed: never the secret, which was shown once at creation.</summary>
public sealed record ApiKeyInfo(string Id, string Name, string Role, string CreatedAt, string? RevokedAt, string? LastUsedAt)
{
    internal string SecretSha256 { get; init; } = "";

    public bool Revoked => RevokedAt is not null;
}
