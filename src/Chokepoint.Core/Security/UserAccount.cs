namespace Chokepoint.Security;

/// <summary>A local account; the password hash never leaves the core.</summary>
public sealed record UserAccount(string Name, string Role, bool Disabled, string CreatedAt)
{
    internal string PasswordHash { get; init; } = "";
}
