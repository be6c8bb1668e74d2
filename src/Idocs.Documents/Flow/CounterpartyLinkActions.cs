using System.Security.Cryptography;
using System.Text.Json;
using Idocs.Documents.UnitOfWork;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Documents.Signing;
using Idocs.Documents.Statuses;
using Idocs.Documents.Tenancy;
using Idocs.Documents.Uploads;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.Flow;

/// <summary>
/// What an unregistered counterparty does through its emailed link. Reading (the page, the files)
/// is a GET that changes nothing, so a mail scanner that follows the link neither uses it up nor
/// marks the document viewed. Marking it viewed, signing and rejecting are POSTs; signing and
/// rejecting use the link up in the same transaction that changes the document and the route.
/// </summary>
public sealed class CounterpartyLinkActions(
    DocumentTransactionRunner runner,
    IFileStore files,
    ISignatureAcceptancePort verifier,
    CounterpartyReply replies,
    IDocumentOwnerLookup owners,
    ITenantContext tenant,
    TimeProvider clock,
    ILogger<CounterpartyLinkActions> logger)
{
    /// <summary>Returns the document the link opens; the link stays valid and nothing is written.</summary>
    public Task<Result<LinkDocumentView>> ViewAsync(Guid documentId, string token, CancellationToken cancellationToken) =>
        AsOwnerAsync(documentId, () => runner.ExecuteAsync<LinkDocumentView>(
            async (transaction, token2) =>
            {
                var link = await new LinkAccessService(transaction.LinkTokens, clock).OpenAsync(documentId, token, token2);
                if (!link.IsSuccess)
                {
                    return link.Error;
                }

                var document = await transaction.Documents.FindAsync(documentId, token2);
                var recipient = document?.FindCounterparty(link.Value.RecipientEmail);
                return document is null || document.IsDeleted || recipient is null
                    ? new Error(CommonErrorCodes.NotFound, $"Document {documentId} was not found.")
                    : new LinkDocumentView(
                        document.Id, document.Title, document.Number, document.Date, document.Status,
                        recipient.Party.Name, document.Files, link.Value.ExpiresAt);
            },
            cancellationToken), cancellationToken);

    /// <summary>Returns a file's stored bytes when the link is valid and the file belongs to the document.</summary>
    public async Task<Result<byte[]>> DownloadAsync(Guid documentId, string token, string fileSha256, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(documentId, token, cancellationToken);
        if (!view.IsSuccess)
        {
            return view.Error;
        }

        if (view.Value.Files.All(file => file.Sha256 != fileSha256))
        {
            return new Error(CommonErrorCodes.NotFound, $"File {fileSha256} is not a file of document {documentId}.");
        }

        var bytes = await files.GetAsync(fileSha256, cancellationToken);
        return bytes is null ? new Error(CommonErrorCodes.NotFound, $"File {fileSha256} is missing from the file store.") : bytes;
    }

    /// <summary>
    /// Marks the document delivered to and viewed by the link's recipient, once; the document itself
    /// becomes viewed at the first counterparty that opens it. The link stays valid.
    /// </summary>
    public Task<Result<DocumentStatus>> MarkViewedAsync(Guid documentId, string token, string? ipAddress, CancellationToken cancellationToken) =>
        AsOwnerAsync(documentId, () => runner.ExecuteAsync<DocumentStatus>(
            async (transaction, token2) =>
            {
                var link = await new LinkAccessService(transaction.LinkTokens, clock).OpenAsync(documentId, token, token2);
                if (!link.IsSuccess)
                {
                    return link.Error;
                }

                var loaded = await LoadedRoute.LoadAsync(transaction, documentId, token2);
                if (!loaded.IsSuccess)
                {
                    return loaded.Error;
                }

                var document = loaded.Value.Document;
                var recipient = document.FindCounterparty(link.Value.RecipientEmail);
                if (recipient is null)
                {
                    return new Error(CommonErrorCodes.NotFound, $"Document {documentId} was not found.");
                }

                var wasDelivered = recipient.Progress is not (CounterpartyProgress.Pending or CounterpartyProgress.Sent);
                var viewed = document.MarkViewedBy(recipient.Party);
                if (!viewed.IsSuccess || !viewed.Value)
                {
                    return document.Status;
                }

                var actor = new ActorSnapshot(null, recipient.Party.Name, null);
                var now = clock.GetUtcNow();
                var payload = JsonSerializer.Serialize(new { recipient = recipient.Party.Identifier });
                var written = wasDelivered
                    ? Result.Success()
                    : await FlowPassport.WriteAsync(transaction, documentId, PassportEventType.Delivered, actor, now, ipAddress, payload, token2);
                if (written.IsSuccess)
                {
                    written = await FlowPassport.WriteAsync(transaction, documentId, PassportEventType.ViewedByCounterparty, actor, now, ipAddress, payload, token2);
                }

                if (!written.IsSuccess)
                {
                    return written.Error;
                }

                var updated = await transaction.Documents.UpdateAsync(document, token2);
                return updated.IsSuccess ? document.Status : updated.Error;
            },
            cancellationToken), cancellationToken);

    /// <summary>
    /// Accepts the counterparty's signature: the link is checked, the CMS verified over the stored
    /// bytes, the counterparty gate applied, and then the link is used up, the signature recorded and
    /// the sender's route resumed. A refused signature leaves the link and the document as they were.
    /// </summary>
    public async Task<Result<StepOutcome>> SignAsync(LinkActionCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Cms.IsEmpty || string.IsNullOrWhiteSpace(command.FileSha256))
        {
            return new Error(CommonErrorCodes.InvalidInput, "Send the signed file's SHA-256 and the CMS signature that NCALayer returned.");
        }

        var signed = await AsOwnerAsync(
            command.DocumentId, () => runner.ExecuteAsync((transaction, token) => AnswerInAsync(transaction, command, sign: true, token), cancellationToken), cancellationToken);
        if (!signed.IsSuccess)
        {
            logger.LogInformation("Link signature on document {DocumentId} rejected with {ErrorCode}", command.DocumentId, signed.Error.Code);
        }

        return signed;
    }

    /// <summary>Rejects the document with a reason through the link, which is used up.</summary>
    public Task<Result<StepOutcome>> RejectAsync(LinkActionCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return string.IsNullOrWhiteSpace(command.Reason)
            ? Task.FromResult(Result<StepOutcome>.Failure(DocumentErrorCodes.RejectionReasonRequired, "Write why the document is rejected."))
            : AsOwnerAsync(
                command.DocumentId, () => runner.ExecuteAsync((transaction, token) => AnswerInAsync(transaction, command, sign: false, token), cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Runs a link action in the name of the document's owner, because the counterparty has no
    /// profile of its own here. An unknown document reads as an unknown link.
    /// </summary>
    private async Task<Result<T>> AsOwnerAsync<T>(Guid documentId, Func<Task<Result<T>>> action, CancellationToken cancellationToken)
    {
        var owner = await owners.FindOwnerProfileIdAsync(documentId, cancellationToken);
        if (owner is null)
        {
            return new Error(LinkAccessErrorCodes.Unknown, "The link is not valid; ask the sender to send it again.");
        }

        using var scope = tenant.EnterProfile(owner.Value);
        return await action();
    }

    private async Task<Result<StepOutcome>> AnswerInAsync(IDocumentUnitOfWork transaction, LinkActionCommand command, bool sign, CancellationToken cancellationToken)
    {
        var links = new LinkAccessService(transaction.LinkTokens, clock);
        var link = await links.OpenAsync(command.DocumentId, command.Token, cancellationToken);
        if (!link.IsSuccess)
        {
            return link.Error;
        }

        var loaded = await LoadedRoute.LoadAsync(transaction, command.DocumentId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (instance, document) = loaded.Value;
        var counterparty = document.FindCounterparty(link.Value.RecipientEmail)?.Party;
        if (counterparty is null)
        {
            return new Error(LinkAccessErrorCodes.Unknown, "The link is not valid; ask the sender to send it again.");
        }

        var answer = CounterpartyAnswer.FromRejection(command.Reason ?? string.Empty);
        string? signerIin = null;
        if (sign)
        {
            var signature = await VerifyAsync(document, counterparty, command, cancellationToken);
            if (!signature.IsSuccess)
            {
                return signature.Error;
            }

            answer = CounterpartyAnswer.FromSignature(signature.Value);
            signerIin = signature.Value.SignerIin;
        }

        var consumed = await links.ConsumeAsync(command.DocumentId, command.Token, cancellationToken);
        if (!consumed.IsSuccess)
        {
            return consumed.Error;
        }

        var actor = new ActorSnapshot(null, counterparty.Name, signerIin);
        var applied = await replies.ApplyAsync(transaction, document, instance, counterparty, answer, actor, command.IpAddress, cancellationToken);
        if (!applied.IsSuccess)
        {
            return applied.Error;
        }

        if (answer.Signature is { } accepted)
        {
            await files.PutAsync(accepted.SignatureSha256, command.Cms, cancellationToken);
        }

        var status = document.Status;
        var updated = await transaction.Documents.UpdateAsync(document, cancellationToken);
        return updated.IsSuccess ? new StepOutcome(document.Id, status, Replayed: false, answer.Signature?.Id) : updated.Error;
    }

    private async Task<Result<RecordedSignature>> VerifyAsync(
        Document document, Counterparty counterparty, LinkActionCommand command, CancellationToken cancellationToken)
    {
        var fileSha256 = command.FileSha256!;
        var stored = document.Files.Any(file => file.Sha256 == fileSha256) ? await files.GetAsync(fileSha256, cancellationToken) : null;
        if (stored is null || Convert.ToHexStringLower(SHA256.HashData(stored)) != fileSha256)
        {
            return new Error(
                SigningErrorCodes.StoredFileMismatch,
                $"File {fileSha256} of document {document.Id} is missing or changed; nothing was signed.");
        }

        var report = await verifier.VerifyDetachedAsync(stored, command.Cms, cancellationToken);
        var gate = SigningGate.CheckCounterparty(counterparty, report);
        if (!gate.IsSuccess)
        {
            return gate.Error;
        }

        var signer = report.Signer!;
        var now = clock.GetUtcNow();
        return new RecordedSignature(
            Guid.CreateVersion7(now), SigningParty.Counterparty, null, signer.Iin, signer.Bin, signer.SerialNumber,
            report.ReportReference, fileSha256, Convert.ToHexStringLower(SHA256.HashData(command.Cms.Span)), now);
    }
}
