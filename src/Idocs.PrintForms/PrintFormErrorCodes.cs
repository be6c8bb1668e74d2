namespace Idocs.PrintForms;

/// <summary>Error codes of print form and passport rendering.</summary>
public static class PrintFormErrorCodes
{
    /// <summary>
    /// The original PDF needs a user password to open, so its pages cannot be copied into the
    /// print form. The print form gets a cover page with a note instead, and rendering succeeds.
    /// </summary>
    public const string OriginalPasswordProtected = "printforms.original_password_protected";

    /// <summary>
    /// The original is declared as PDF but could not be parsed (broken cross-reference table,
    /// truncated file, not a PDF at all). The print form gets a cover page with a note instead.
    /// </summary>
    public const string OriginalDamaged = "printforms.original_damaged";

    /// <summary>The renderer's settings are missing or invalid; the message names the setting.</summary>
    public const string InvalidOptions = "printforms.invalid_options";
}
