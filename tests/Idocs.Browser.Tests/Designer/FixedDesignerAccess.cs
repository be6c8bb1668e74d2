using System.Security.Claims;
using Idocs.Common.Results;
using Idocs.Web.Designer;

namespace Idocs.Browser.Tests.Designer;

/// <summary>
/// Lets every request act as one admin of one company. The browser tests replace the profile check
/// with it because they test the designer, not the certificate login that opens a session.
/// </summary>
public sealed class FixedDesignerAccess : IDesignerAccess
{
    public static readonly Guid CompanyId = Guid.Parse("5d0c0a11-0000-4000-8000-000000000001");

    public const string AdminUserId = "admin-browser";

    public Task<Result<DesignerCaller>> AuthorizeAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Task.FromResult<Result<DesignerCaller>>(new DesignerCaller(CompanyId, AdminUserId));
}
