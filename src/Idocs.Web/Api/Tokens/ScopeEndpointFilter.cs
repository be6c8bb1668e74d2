using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Web.Api.Problems;
using Idocs.Web.Security;

namespace Idocs.Web.Api.Tokens;

/// <summary>
/// Lets an API token through only when it carries <paramref name="scope"/>. A person in the cabinet
/// passes: their rights are checked by the use case itself.
/// </summary>
public sealed class ScopeEndpointFilter(string scope) : IEndpointFilter
{
    public string Scope => scope;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var user = context.HttpContext.User;
        var isToken = user.HasClaim(claim => claim.Type == IdocsClaimTypes.ApiTokenId);
        if (isToken && !user.HasClaim(IdocsClaimTypes.Scope, scope))
        {
            return ApiResults.Problem(
                StatusCodes.Status403Forbidden,
                ApiTokenErrorCodes.ScopeMissing,
                $"The API token lacks the scope '{scope}'; ask the company's Admin to issue a token with it.");
        }

        return await next(context);
    }
}
