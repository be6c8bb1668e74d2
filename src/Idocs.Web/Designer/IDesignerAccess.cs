using System.Security.Claims;
using Idocs.Common.Results;

namespace Idocs.Web.Designer;

/// <summary>Decides whether a signed-in person may manage templates and routes, and in which company.</summary>
public interface IDesignerAccess
{
    Task<Result<DesignerCaller>> AuthorizeAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
