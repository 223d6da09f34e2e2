using System.Security.Claims;
using Chokepoint.Security;
using Microsoft.AspNetCore.Authorization;

namespace Chokepoint.Web.Security;

/// <summary>Checks <see cref="PermissionRequirement"/> against the roles table; remembers the permission a refusal names.</summary>
internal sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    /// <summary><see cref="HttpContext.Items"/> key of the permission that was needed, for the 403 detail.</summary>
    public const string NeededKey = "chokepoint.permission";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        var permission = requirement.For(http?.Request);
        var role = context.User.FindFirst(ClaimTypes.Role)?.Value;
        if (context.User.Identity?.IsAuthenticated == true && role is not null && Roles.Grants(role, permission))
            context.Succeed(requirement);
        else if (http is not null)
            http.Items[NeededKey] = permission;
        return Task.CompletedTask;
    }
}
