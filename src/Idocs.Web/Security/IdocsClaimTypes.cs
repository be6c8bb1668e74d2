namespace Idocs.Web.Security;

/// <summary>Claim types the authentication handlers put on the principal; values are GUIDs in "D" format.</summary>
public static class IdocsClaimTypes
{
    public const string PersonId = "idocs:person";

    /// <summary>The profile (tenant) the caller acts for; absent until a person chooses a profile.</summary>
    public const string ProfileId = "idocs:profile";

    public const string EmployeeId = "idocs:employee";

    public const string SessionId = "idocs:session";

    /// <summary>For API tokens: the token's id, and one claim per granted scope.</summary>
    public const string ApiTokenId = "idocs:api-token";

    public const string Scope = "idocs:scope";
}
