using Idocs.Web.Api.Idempotency;
using Idocs.Web.Api.Reference;
using Idocs.Web.Api.Tokens;
using Idocs.Web.Api.Webhooks;
using Idocs.Web.Api.Accounts;
using Idocs.Web.Security;

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

        endpoints.MapIdocsApiReference();
        var v1 = endpoints.MapGroup(Prefix).RequireCookieAntiforgery();
        v1.AddEndpointFilter<IdempotencyFilter>();
        ApiTokensApi.Map(v1);
        WebhooksApi.Map(v1);
        Billing.BillingApi.Map(v1);
        Verification.VerificationApi.Map(v1);
        Exports.ExportsApi.Map(v1);
        AuthApi.Map(v1);
        MeApi.Map(v1);
        EmployeesApi.Map(v1);
        DirectorChangesApi.Map(v1);
        SupportApi.Map(v1);
        AuditLogApi.Map(v1);
        Documents.DocumentApis.Map(v1);
        Designer.DesignerApi.Map(v1);
        OneC.OneCApi.Map(v1);
        Templates.TemplatesApi.Map(v1);

        return v1;
    }
}
