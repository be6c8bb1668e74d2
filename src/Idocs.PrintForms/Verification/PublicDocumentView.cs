namespace Idocs.PrintForms.Verification;

/// <summary>
/// What the public verification page shows about a document: no more than its print form already
/// shows to whoever holds the QR code (title, number, parties, the file's digest and the signatures).
/// </summary>
/// <param name="VerificationId">The id from the link.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Number">The document's number, if any.</param>
/// <param name="Parties">The owner's and the counterparty's names.</param>
/// <param name="Files">The signed files' names and SHA-256 digests.</param>
/// <param name="Signatures">Each signature's signer and validation status.</param>
public sealed record PublicDocumentView(
    string VerificationId,
    string Title,
    string? Number,
    IReadOnlyList<string> Parties,
    IReadOnlyList<PublicFileView> Files,
    IReadOnlyList<PublicSignatureView> Signatures);
