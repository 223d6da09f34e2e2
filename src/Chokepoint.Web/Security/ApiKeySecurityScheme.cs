using Microsoft.OpenApi;

namespace Chokepoint.Web.Security;

/// <summary>Declares the API's credentials in the OpenAPI document: an API key as a bearer token or in <c>X-Api-Key</c>.</summary>
internal static class ApiKeySecurityScheme
{
    public static void AddTo(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key from `chokepoint keys create` (cpk_...): Authorization: Bearer cpk_...",
        };
        document.Components.SecuritySchemes["api_key"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = AccessHandler.ApiKeyHeader,
            Description = "The same API key in the X-Api-Key header",
        };
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("api_key", document)] = [] },
        ];
    }
}
