namespace Idocs.Web.Cabinet;

/// <summary>Role claim values the cabinet checks with <c>ClaimsPrincipal.IsInRole</c>.</summary>
public static class CabinetRoles
{
    /// <summary>Platform support staff, who handle director change and deletion requests.</summary>
    public const string Support = "support";
}
