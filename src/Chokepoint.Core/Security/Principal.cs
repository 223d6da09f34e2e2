namespace Chokepoint.Security;

/// <summary>Who is acting: a user, an API key, or anyone when open access is allowed.</summary>
/// <param name="Kind">"user", "key" or "open".</param>
/// <param name="Name">The user name, or "key:ID" for an API key.</param>
public sealed record Principal(string Kind, string Name, string Role)
{
    /// <summary>Open access (loopback, no users): full rights, as the one-command demo needs.</summary>
    public static readonly Principal Open = new("open", "open", Roles.Admin);

    public static Principal Local() => new("user", $"local:{Environment.UserName}", Roles.Admin);
}
