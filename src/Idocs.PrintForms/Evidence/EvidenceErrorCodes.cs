namespace Idocs.PrintForms.Evidence;

/// <summary>Error codes of reading a document's evidence: files, signatures, reports, passport.</summary>
public static class EvidenceErrorCodes
{
    /// <summary>
    /// A file the document refers to (original, signature or report) is not in the file store, or
    /// its bytes no longer match their SHA-256 key. The evidence is incomplete; operators restore the file from backup.
    /// </summary>
    public const string StoredFileMissing = "evidence.stored_file_missing";
}
