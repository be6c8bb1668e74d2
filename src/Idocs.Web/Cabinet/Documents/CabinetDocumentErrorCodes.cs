namespace Idocs.Web.Cabinet.Documents;

/// <summary>Error codes the cabinet's document pages raise themselves, besides the domain's codes.</summary>
public static class CabinetDocumentErrorCodes
{
    /// <summary>The session has no employee in the chosen profile, so there is nobody to act as; the person signs in again.</summary>
    public const string NoEmployee = "cabinet.no_employee";
}
