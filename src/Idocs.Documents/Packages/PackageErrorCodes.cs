namespace Idocs.Documents.Packages;

public static class PackageErrorCodes
{
    /// <summary>A package has fewer than two files or more than the maximum; the message gives both counts.</summary>
    public const string InvalidFileCount = "packages.invalid_file_count";

    /// <summary>
    /// An action on the whole package failed for one document, so no document of the package
    /// changed. The message names the document and the inner error.
    /// </summary>
    public const string DocumentRefused = "packages.document_refused";
}
