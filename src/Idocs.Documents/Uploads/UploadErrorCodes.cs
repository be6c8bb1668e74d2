namespace Idocs.Documents.Uploads;

/// <summary>
/// Why an upload was rejected. Every code has a user message in UploadMessages (Russian and
/// English) whose first argument is the file name, or the archive path of the inner file.
/// </summary>
public static class UploadErrorCodes
{
    public const string Empty = "uploads.empty";

    /// <summary>The file is larger than <see cref="UploadLimits.MaxFileBytes"/>; the message gives both sizes.</summary>
    public const string TooLarge = "uploads.too_large";

    /// <summary>The content matches none of the accepted types, whatever the file name suggests.</summary>
    public const string UnsupportedType = "uploads.unsupported_type";

    /// <summary>A binary Word, Excel or PowerPoint file (OLE2 container: DOC, XLS, PPT).</summary>
    public const string LegacyOfficeFormat = "uploads.legacy_office_format";

    /// <summary>HTML is rejected because it may carry scripts and renders differently in each viewer.</summary>
    public const string HtmlNotAllowed = "uploads.html_not_allowed";

    /// <summary>The file looks like an accepted type but its structure is broken or cut off.</summary>
    public const string Damaged = "uploads.damaged";

    /// <summary>A macro-enabled office file (DOCM, XLSM, their templates, XLSB, or any vbaProject part).</summary>
    public const string MacrosNotAllowed = "uploads.macros_not_allowed";

    /// <summary>A PDF that cannot be opened without a user password.</summary>
    public const string PasswordProtected = "uploads.password_protected";

    /// <summary>
    /// An encrypted PDF whose encryption revision this check does not implement. Whether it opens
    /// without a password is unknown, so the file is rejected rather than assumed openable.
    /// </summary>
    public const string PdfEncryptionUnsupported = "uploads.pdf_encryption_unsupported";

    public const string ArchiveTooManyEntries = "uploads.archive_too_many_entries";

    /// <summary>Archive entries unpack to more than <see cref="UploadLimits.MaxArchiveUncompressedBytes"/>.</summary>
    public const string ArchiveTooLargeUncompressed = "uploads.archive_too_large_uncompressed";

    /// <summary>An entry compresses more than <see cref="UploadLimits.MaxCompressionRatio"/> allows: a likely decompression bomb.</summary>
    public const string ArchiveCompressionRatio = "uploads.archive_compression_ratio";

    /// <summary>Archives are nested deeper than <see cref="UploadLimits.MaxArchiveDepth"/>.</summary>
    public const string ArchiveNestedTooDeep = "uploads.archive_nested_too_deep";

    /// <summary>An entry name is absolute, contains "..", a drive letter, a backslash or a control character.</summary>
    public const string ArchiveUnsafeEntryName = "uploads.archive_unsafe_entry_name";

    /// <summary>An archive or an entry is encrypted, so its content cannot be checked.</summary>
    public const string ArchiveEncrypted = "uploads.archive_encrypted";

    /// <summary>An XML file declares a DOCTYPE; DTDs are prohibited to rule out entity expansion and external entities.</summary>
    public const string XmlDtdNotAllowed = "uploads.xml_dtd_not_allowed";

    public const string XmlMalformed = "uploads.xml_malformed";
}
