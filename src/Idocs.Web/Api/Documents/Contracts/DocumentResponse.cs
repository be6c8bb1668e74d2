using Idocs.Documents.Documents;

namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>
/// A document as the API returns it. <see cref="Counterparty"/> is the first of <see cref="Counterparties"/>,
/// kept for clients written when a document had one counterparty.
/// </summary>
public sealed record DocumentResponse(
    Guid Id,
    string Kind,
    string Number,
    DateOnly Date,
    string Title,
    string Status,
    decimal? Amount,
    string? Currency,
    CounterpartyResponse? Counterparty,
    IReadOnlyList<CounterpartyResponse> Counterparties,
    IReadOnlyList<FileResponse> Files,
    IReadOnlyList<SignatureResponse> Signatures,
    string? RejectionReason)
{
    public static DocumentResponse From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentResponse(
            document.Id,
            document.Kind.ToString(),
            document.Number,
            document.Date,
            document.Title,
            document.Status.ToString(),
            document.Amount?.Amount,
            document.Amount?.Currency,
            document.Counterparty is { } counterparty
                ? new CounterpartyResponse(counterparty.Kind.ToString(), counterparty.Identifier, counterparty.Name)
                : null,
            [.. document.Counterparties.Select(party => new CounterpartyResponse(
                party.Party.Kind.ToString(), party.Party.Identifier, party.Party.Name, party.Progress.ToString()))],
            [.. document.Files.Select(file => new FileResponse(file.Sha256, file.FileName, file.ContentType.ToString(), file.Length))],
            [.. document.Signatures.Select(signature => new SignatureResponse(
                signature.Id, signature.Party.ToString(), signature.SignerIin, signature.SignerBin, signature.CertificateSerial, signature.FileSha256, signature.SignedAt))],
            document.RejectionReason);
    }
}
