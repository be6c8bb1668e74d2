namespace Idocs.Web.Cabinet;

/// <summary>
/// Paths of the cabinet's JavaScript modules as pages import them. The import map that
/// <c>&lt;ImportMap /&gt;</c> writes resolves each path to its fingerprinted file.
/// </summary>
public static class CabinetScripts
{
    public const string Auth = "./js/cabinet-auth.js";

    public const string Documents = "./js/cabinet-documents.js";

    public const string Create = "./js/cabinet-create.js";

    /// <summary>Script that signs a document file and acts on an emailed link.</summary>
    public const string Signing = "./js/cabinet-sign.js";

    /// <summary>The director change request form and the support area.</summary>
    public const string Settings = "./js/cabinet-settings.js";
}
