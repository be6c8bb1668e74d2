namespace Idocs.PrintForms.Archives;

/// <summary>Stable names of the kinds of files in an archive's manifest.</summary>
public static class ArchiveEntryKinds
{
    public const string Original = "original";
    public const string Signature = "signature";
    public const string ValidationReport = "validation-report";
    public const string PrintForm = "print-form";
    public const string PassportPdf = "passport-pdf";
    public const string PassportJson = "passport-json";

    /// <summary>A whole document's archive inside a company's bulk export.</summary>
    public const string DocumentArchive = "document-archive";
}
