namespace Idocs.Web.Security;

/// <summary>Authorization policy names of the API.</summary>
public static class IdocsPolicies
{
    /// <summary>A person logged in by certificate, through the session cookie.</summary>
    public const string Session = "IdocsSessionPolicy";

    /// <summary>A platform support agent logged in through the support login.</summary>
    public const string Support = "IdocsSupportPolicy";
}
