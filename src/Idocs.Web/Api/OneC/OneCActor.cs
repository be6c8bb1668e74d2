using Idocs.Common.Results;
using Idocs.Documents.Integrations.OneC;
using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Documents.Rights;
using Idocs.Documents.Tenancy;
using Idocs.Web.Api.Problems;
using Idocs.Web.Api.Tokens;

namespace Idocs.Web.Api.OneC;

/// <summary>
/// The employee a 1C call acts as. A token acts as the employee of the Admin who issued it, so the
/// documents it uploads have an author and its route actions are checked against that employee's
/// rights. A cabinet session acts as its own person. The filter also sets the request's tenant to
/// the token's company, because the document stores filter by it.
/// </summary>
internal sealed record OneCActor(Guid ProfileId, Guid PersonId, Guid EmployeeId, string? IpAddress)
{
    private static readonly object ItemKey = new();

    public static OneCActor Of(HttpContext http) =>
        http.Items[ItemKey] as OneCActor ?? throw new InvalidOperationException("The 1C endpoint ran without its actor filter.");

    /// <summary>Resolves the actor before the endpoint runs and keeps the tenant set until the endpoint returns.</summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (ApiCaller.From(http.User) is not { } caller)
        {
            return ApiResults.Problem(StatusCodes.Status403Forbidden, CommonErrorCodes.Forbidden, "Choose a profile in the cabinet first, or call with an API token of the company.");
        }

        var personId = caller.PersonId ?? await IssuerOfTokenAsync(http, caller);
        if (personId is null)
        {
            return ApiResults.Problem(StatusCodes.Status401Unauthorized, ApiTokenErrorCodes.Unknown, "The API token was not found; ask the company's Admin for a new one.");
        }

        var tenant = http.RequestServices.GetRequiredService<TenantContext>();
        using var entered = tenant.EnterProfile(caller.ProfileId);
        var employee = await http.RequestServices.GetRequiredService<ProfileAuthorizer>()
            .RequireActiveMemberAsync(personId.Value, http.RequestAborted);
        if (!employee.IsSuccess)
        {
            return ApiResults.Problem(
                StatusCodes.Status403Forbidden,
                OneCErrorCodes.NoActingEmployee,
                $"The 1C call acts as the person who issued the token, who is not an active employee now ({employee.Error.Message}); ask an active Admin to issue a new token.");
        }

        http.Items[ItemKey] = new OneCActor(caller.ProfileId, personId.Value, employee.Value.Id, http.Connection.RemoteIpAddress?.ToString());
        return await next(context);
    }

    private static async Task<Guid?> IssuerOfTokenAsync(HttpContext http, ApiCaller caller)
    {
        if (caller.TokenId is not { } tokenId)
        {
            return null;
        }

        var token = await http.RequestServices.GetRequiredService<IApiTokenStore>().FindAsync(caller.ProfileId, tokenId, http.RequestAborted);
        return token?.IssuedByPersonId;
    }
}
