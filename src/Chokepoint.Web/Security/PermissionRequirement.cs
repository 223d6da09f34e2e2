using Chokepoint.Security;
using Microsoft.AspNetCore.Authorization;

namespace Chokepoint.Web.Security;

/// <summary>
/// The principal's role must grant <see cref="Permission"/>. A null permission is the fallback for endpoints that
/// declare none: reads (GET, HEAD) need <see cref="Permissions.Read"/>, anything else <see cref="Permissions.Edit"/>.
/// </summary>
public sealed record PermissionRequirement(string? Permission) : IAuthorizationRequirement
{
    public string For(HttpRequest? request) => Permission
        ?? (request is null || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) ? Permissions.Read : Permissions.Edit);
}
