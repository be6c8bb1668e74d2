using System.Globalization;
using System.Security.Claims;
using Idocs.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace Idocs.Browser.Tests.Designer;

/// <summary>
/// Signs every circuit in as the fixed admin of <see cref="FixedDesignerAccess"/>, so the cabinet
/// layout around the designer opens without the certificate login.
/// </summary>
public sealed class FixedAdminAuthentication : AuthenticationStateProvider
{
    public static readonly Guid PersonId = Guid.Parse("5d0c0a11-0000-4000-8000-0000000000a1");

    public override Task<AuthenticationState> GetAuthenticationStateAsync()
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(IdocsClaimTypes.PersonId, PersonId.ToString("D", CultureInfo.InvariantCulture)),
                new Claim(IdocsClaimTypes.ProfileId, FixedDesignerAccess.CompanyId.ToString("D", CultureInfo.InvariantCulture)),
            ],
            authenticationType: "FixedAdmin");
        return Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identity)));
    }
}
