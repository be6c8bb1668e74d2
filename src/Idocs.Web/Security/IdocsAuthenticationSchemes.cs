namespace Idocs.Web.Security;

/// <summary>The names of the ways a caller proves who they are.</summary>
public static class IdocsAuthenticationSchemes
{
    /// <summary>A person in the cabinet: a session cookie opened by a certificate login.</summary>
    public const string Session = "IdocsSession";

    /// <summary>An integration: a company's API token in the <c>Authorization: Bearer</c> header.</summary>
    public const string ApiToken = "IdocsApiToken";
}
