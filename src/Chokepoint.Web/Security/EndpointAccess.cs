using Microsoft.AspNetCore.Authorization;

namespace Chokepoint.Web.Security;

/// <summary>Declares the permission an endpoint or group needs; endpoints that declare none get the fallback (read for GET, edit otherwise).</summary>
public static class EndpointAccess
{
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Policy(permission));

    internal static AuthorizationPolicy Policy(string? permission) =>
        new AuthorizationPolicyBuilder().AddRequirements(new PermissionRequirement(permission)).Build();
}
