namespace Idocs.Web.Api;

/// <summary>
/// The root of the HTTP API. Each resource has one <c>XxxApi</c> class with a <c>Map</c> method
/// that adds its endpoints to the versioned group; this class calls them in one place.
/// </summary>
public static class ApiRoutes
{
    public const string Prefix = "/api/v1";

    public static RouteGroupBuilder MapIdocsApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var v1 = endpoints.MapGroup(Prefix);
        Designer.DesignerApi.Map(v1);

        return v1;
    }
}
