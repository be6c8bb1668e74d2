using Microsoft.AspNetCore.Http.HttpResults;
using Idocs.Documents.Rights;

namespace Idocs.Web.Security;

/// <summary>
/// The server-side right check for endpoints: it asks <see cref="ProfileAuthorizer"/>, which reloads
/// the employee, so a right removed or a block made a moment ago applies at once. Endpoints that
/// need a right (signing outgoing documents, for example) add <see cref="RequireProfileRight{TBuilder}"/>
/// or call <see cref="CheckAsync"/> themselves.
/// </summary>
public static class ProfileRightCheck
{
    /// <summary>Returns null when the session's person has <paramref name="right"/> in the current profile, otherwise the problem to return.</summary>
    public static async Task<ProblemHttpResult?> CheckAsync(HttpContext context, ProfileRights right)
    {
        ArgumentNullException.ThrowIfNull(context);
        var authorizer = context.RequestServices.GetRequiredService<ProfileAuthorizer>();
        var allowed = await authorizer.RequireRightAsync(context.User.PersonId(), right, context.RequestAborted);
        return allowed.IsSuccess ? null : Problems.From(allowed.Error);
    }

    /// <summary>Rejects the request with 403 and <c>accounts.right_missing</c> unless the person has <paramref name="right"/>.</summary>
    public static TBuilder RequireProfileRight<TBuilder>(this TBuilder builder, ProfileRights right)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(async (invocation, next) =>
            await CheckAsync(invocation.HttpContext, right) ?? await next(invocation));
        return builder;
    }
}
