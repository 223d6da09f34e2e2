using System.Net;
using Chokepoint.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Chokepoint.Web.Security;

/// <summary>
/// Whether a request without credentials acts as <see cref="Principal.Open"/>: always when forced (<c>serve --open</c>);
/// otherwise only while every listening address is loopback and no user exists (asked per request, so adding the
/// first user closes the app without a restart).
/// </summary>
public sealed class AccessMode(IConfiguration configuration, IServer server, AccessControl access)
{
    /// <summary>Configuration key that forces open access (<c>serve --open</c>).</summary>
    public const string OpenSetting = "Chokepoint:Open";

    public bool Forced => configuration.GetValue<bool>(OpenSetting);

    /// <summary>True when the server listens on loopback addresses only; an in-process test server has no addresses and counts as loopback.</summary>
    public bool Loopback => ListensOnLoopbackOnly(server.Features.Get<IServerAddressesFeature>()?.Addresses);

    public async Task<bool> IsOpenAsync(HttpContext context)
    {
        if (Forced)
            return true;
        if (!Loopback || context.Connection.RemoteIpAddress is { } remote && !IsLoopback(remote))
            return false;
        return await access.AllowsOpenAccessAsync(loopback: true, context.RequestAborted);
    }

    /// <summary>One line for <c>serve</c> to print: who may use the app.</summary>
    public async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        if (Forced)
            return "access: OPEN (--open) - anyone who can reach this address acts as admin; signed-in users keep their own role";
        var anyUsers = await access.Accounts.AnyUsersAsync(cancellationToken);
        if (Loopback && !anyUsers)
            return "access: open on this machine only (loopback, no users yet) - every request acts as admin; `chokepoint users add` closes it";
        return "access: accounts required - sign in at /login, or send an API key (Authorization: Bearer cpk_... or X-Api-Key)"
            + (anyUsers ? "" : "; no user exists yet: add one with `chokepoint users add NAME --role admin`");
    }

    internal static bool ListensOnLoopbackOnly(ICollection<string>? addresses)
    {
        if (addresses is null || addresses.Count == 0)
            return true;
        foreach (var address in addresses)
        {
            // "*", "+" and "0.0.0.0" bind every interface; unix sockets and anything unparsable count as not loopback.
            var wildcardFree = address.Replace("://*", "://any.invalid", StringComparison.Ordinal).Replace("://+", "://any.invalid", StringComparison.Ordinal);
            if (!Uri.TryCreate(wildcardFree, UriKind.Absolute, out var uri))
                return false;
            var host = uri.Host.Trim('[', ']');
            if (!host.Equals("localhost", StringComparison.OrdinalIgnoreCase) && !(IPAddress.TryParse(host, out var ip) && IsLoopback(ip)))
                return false;
        }
        return true;
    }

    private static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
