namespace Idocs.Web.Api.Tokens;

public static class ScopeEndpointConventions
{
    /// <summary>
    /// Requires an authenticated API caller and, for a token, <paramref name="scope"/>; declares the
    /// 401 and 403 problems for OpenAPI.
    /// </summary>
    public static RouteHandlerBuilder RequireScope(this RouteHandlerBuilder builder, string scope)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);

        return builder
            .RequireAuthorization(ApiAuthentication.CallerPolicy)
            .AddEndpointFilter(new ScopeEndpointFilter(scope))
            .WithMetadata(new RequiredScopeMetadata(scope))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
