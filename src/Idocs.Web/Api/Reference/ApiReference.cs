using Scalar.AspNetCore;

namespace Idocs.Web.Api.Reference;

/// <summary>
/// The OpenAPI document of <c>/api/v1</c> at <c>/openapi/v1.json</c> and the Scalar reference page
/// at <c>/api/reference</c>. Scalar.AspNetCore 3.0.0 serves its script from its own assembly. Its
/// default fonts, AI agent and MCP links would load from Scalar's servers, so they are turned off.
/// </summary>
public static class ApiReference
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";
    public const string PagePath = "/api/reference";

    public static IServiceCollection AddIdocsOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description =>
                description.RelativePath?.StartsWith(ApiRoutes.Prefix.TrimStart('/'), StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Idocs API";
                document.Info.Version = DocumentName;
                document.Info.Description =
                    "Electronic documents with NCA RK signatures. Authenticate with 'Authorization: Bearer idocs_…'. " +
                    "Errors are RFC 9457 problem details whose 'code' member is stable.";
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static IEndpointRouteBuilder MapIdocsApiReference(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapOpenApi("/openapi/{documentName}.json");
        endpoints.MapScalarApiReference(PagePath, options => options
            .WithTitle("Idocs API")
            .WithOpenApiRoutePattern(DocumentPath)
            .DisableDefaultFonts()
            .DisableAgent()
            .DisableMcp());
        return endpoints;
    }
}
