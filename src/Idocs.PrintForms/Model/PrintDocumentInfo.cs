namespace Idocs.PrintForms.Model;

/// <summary>
/// A document's identity and details as the print form and the passport show them. The documents
/// side maps its own entity to this record; nothing here is read from storage.
/// </summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Number">The number the author gave the document, if any.</param>
/// <param name="CreatedAt">When the document was created on the platform.</param>
/// <param name="AuthorOrganisation">The company, sole proprietor or person that created it.</param>
/// <param name="FileName">The original file's name as uploaded.</param>
/// <param name="MediaType">The original file's detected media type, for example <c>application/pdf</c>.</param>
/// <param name="SizeBytes">The original file's size in bytes.</param>
/// <param name="Sha256Hex">SHA-256 of the original file's bytes: 64 hexadecimal digits.</param>
/// <param name="Parties">The parties named on the document (sender and counterparties), in display order.</param>
public sealed record PrintDocumentInfo(
    Guid DocumentId,
    string Title,
    string? Number,
    DateTimeOffset CreatedAt,
    string AuthorOrganisation,
    string FileName,
    string MediaType,
    long SizeBytes,
    string Sha256Hex,
    IReadOnlyList<string> Parties);
