using System.Security.Cryptography;
using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Signing;
using Idocs.Documents.Statuses;
using Idocs.Documents.Uploads;

namespace Idocs.Documents.LinkAccess;

/// <summary>
/// What an unregistered counterparty does through its link: open the document (a GET, which
/// marks it delivered and viewed but keeps the link) and sign it (a POST, which uses the link up).
/// A refused signature leaves the document and the link as they were.
/// </summary>
/// <remarks>
/// NOTE: this standalone service knows a document with one counterparty only; routes answer
/// through <c>CounterpartyLinkActions</c>, which serves each counterparty's own link.
/// </remarks>
public sealed class CounterpartyByLink(
    LinkAccessService links,
    IDocumentStore documents,
    IFileStore files,
    IPassportStore passport,
    ISignatureAcceptancePort verifier,
    TimeProvider clock)
{
    public async Task<Result<Document>> OpenAsync(Guid documentId, string token, string? ipAddress, CancellationToken cancellationToken)
    {
        var link = await links.OpenAsync(documentId, token, cancellationToken);
        if (!link.IsSuccess)
        {
            return link.Error;
        }

        var document = await documents.FindAsync(documentId, cancellationToken);
        if (document is null || document.IsDeleted)
        {
            return new Error(CommonErrorCodes.NotFound, $"Document {documentId} was not found.");
        }

        if (document.Status is not (DocumentStatus.SignedAndSent or DocumentStatus.Delivered))
        {
            return document;
        }

        var actor = Actor(document.Counterparty!, null);
        var writer = new PassportWriter(passport);
        var events = new List<PassportEventType>();
        if (document.Status == DocumentStatus.SignedAndSent && document.MarkDelivered().IsSuccess)
        {
            events.Add(PassportEventType.Delivered);
        }

        if (document.MarkViewedByCounterparty().IsSuccess)
        {
            events.Add(PassportEventType.ViewedByCounterparty);
        }

        var updated = await documents.UpdateAsync(document, cancellationToken);
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }

        foreach (var type in events)
        {
            await writer.WriteAsync(document.Id, Entry(type, actor, ipAddress, "{}"), cancellationToken);
        }

        return (await documents.FindAsync(documentId, cancellationToken))!;
    }

    public async Task<Result<RecordedSignature>> SignAsync(LinkSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);

        var link = await links.OpenAsync(submission.DocumentId, submission.Token, cancellationToken);
        if (!link.IsSuccess)
        {
            return link.Error;
        }

        var document = await documents.FindAsync(submission.DocumentId, cancellationToken);
        if (document is null || document.IsDeleted || document.Counterparty is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Document {submission.DocumentId} was not found.");
        }

        var stored = await files.GetAsync(submission.FileSha256, cancellationToken);
        if (stored is null || document.Files.All(file => file.Sha256 != submission.FileSha256)
            || Convert.ToHexStringLower(SHA256.HashData(stored)) != submission.FileSha256)
        {
            return new Error(
                SigningErrorCodes.StoredFileMismatch,
                $"File {submission.FileSha256} of document {document.Id} is missing or changed; nothing was signed.");
        }

        var report = await verifier.VerifyDetachedAsync(stored, submission.Cms, cancellationToken);
        var gate = SigningGate.CheckCounterparty(document.Counterparty, report);
        if (!gate.IsSuccess)
        {
            return gate.Error;
        }

        var now = clock.GetUtcNow();
        var signer = report.Signer!;
        var signature = new RecordedSignature(
            Guid.CreateVersion7(now), SigningParty.Counterparty, null, signer.Iin, signer.Bin, signer.SerialNumber,
            report.ReportReference, submission.FileSha256, Convert.ToHexStringLower(SHA256.HashData(submission.Cms.Span)), now);
        // A counterparty that signs without opening the link first has still received the document.
        var deliveredNow = document.Status == DocumentStatus.SignedAndSent && document.MarkDelivered().IsSuccess;
        var recorded = document.RecordSignature(signature);
        if (!recorded.IsSuccess)
        {
            return recorded.Error;
        }

        var completed = document.CompleteCounterpartySigning();
        if (!completed.IsSuccess)
        {
            return completed.Error;
        }

        // The link is used up only after every check passed, and a concurrent POST loses here.
        // NOTE: if the document update below then conflicts (a concurrent revoke), the link stays used.
        var consumed = await links.ConsumeAsync(submission.DocumentId, submission.Token, cancellationToken);
        if (!consumed.IsSuccess)
        {
            return consumed.Error;
        }

        var updated = await documents.UpdateAsync(document, cancellationToken);
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }

        await files.PutAsync(signature.SignatureSha256, submission.Cms, cancellationToken);
        var writer = new PassportWriter(passport);
        var actor = Actor(document.Counterparty, signer.Iin);
        if (deliveredNow)
        {
            await writer.WriteAsync(document.Id, Entry(PassportEventType.Delivered, actor, submission.IpAddress, "{}"), cancellationToken);
        }

        var payload = JsonSerializer.Serialize(new { file = signature.FileSha256, signature = signature.SignatureSha256, link = link.Value.Id });
        await writer.WriteAsync(
            document.Id,
            Entry(PassportEventType.SignatureAccepted, actor, submission.IpAddress, payload) with
            {
                CertificateSerial = signer.SerialNumber,
                ReportReference = report.ReportReference,
            },
            cancellationToken);
        return signature;
    }

    private static ActorSnapshot Actor(Counterparty counterparty, string? iin) => new(null, counterparty.Name, iin);

    private PassportEntry Entry(PassportEventType type, ActorSnapshot actor, string? ipAddress, string payloadJson) => new()
    {
        Type = type,
        Actor = actor,
        OccurredAt = clock.GetUtcNow(),
        IpAddress = ipAddress,
        PayloadJson = payloadJson,
    };
}
