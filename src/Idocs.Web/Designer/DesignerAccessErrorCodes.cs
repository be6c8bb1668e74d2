namespace Idocs.Web.Designer;

public static class DesignerAccessErrorCodes
{
    /// <summary>The request carries no signed-in person with a chosen profile.</summary>
    public const string NotSignedIn = "designer.not_signed_in";
}
