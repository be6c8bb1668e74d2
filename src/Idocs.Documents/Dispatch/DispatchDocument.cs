using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Documents.Statuses;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.Dispatch;

/// <summary>
/// Sends a document the sender has signed to its counterparty. A registered counterparty (found
/// by BIN or IIN) gets an incoming copy, and the document becomes delivered. An unregistered one
/// identified by email gets a link by email, and the document stays "signed and sent" until the
/// link is opened.
/// </summary>
/// <remarks>
/// NOTE: this standalone service sends to the first counterparty only; routes dispatch to every
/// counterparty through <c>CounterpartyDispatch</c>.
/// </remarks>
public sealed class DispatchDocument(
    IDocumentStore documents,
    IPassportStore passport,
    ICounterpartyDirectoryPort directory,
    LinkAccessService links,
    IInvitationMailer mailer,
    TimeProvider clock,
    ILogger<DispatchDocument> logger)
{
    /// <summary>How long an emailed link stays valid.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(30);

    public async Task<Result<DispatchOutcome>> DispatchAsync(Guid documentId, SenderFacts sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);

        var document = await documents.FindAsync(documentId, cancellationToken);
        if (document is null || document.IsDeleted)
        {
            return new Error(CommonErrorCodes.NotFound, $"Document {documentId} was not found.");
        }

        if (document.Kind != DocumentKind.ExternalOutgoing || document.Status != DocumentStatus.SignedAndSent || document.Counterparty is null)
        {
            return new Error(
                DispatchErrorCodes.NotReadyForDispatch,
                $"Document {document.Id} is {document.Kind} in status {document.Status}; only a signed outgoing document with a counterparty is dispatched.");
        }

        var counterparty = document.Counterparty;
        var actor = new ActorSnapshot(null, sender.Name, null);
        if (counterparty.Kind == CounterpartyIdentifierKind.Email)
        {
            return await SendLinkAsync(document, counterparty, sender, actor, cancellationToken);
        }

        var receiverProfileId = await directory.FindProfileAsync(counterparty.Kind, counterparty.Identifier, cancellationToken);
        if (receiverProfileId is null)
        {
            return new Error(
                DispatchErrorCodes.CounterpartyUnreachable,
                $"Counterparty {counterparty.Identifier} of document {document.Id} has no profile; enter its email in the route to send a link.");
        }

        return await DeliverAsync(document, sender, receiverProfileId.Value, actor, cancellationToken);
    }

    private async Task<Result<DispatchOutcome>> DeliverAsync(
        Document document, SenderFacts sender, Guid receiverProfileId, ActorSnapshot actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var copy = IncomingCopyFactory.Create(document, sender, receiverProfileId, Guid.CreateVersion7(now), now);
        if (!copy.IsSuccess)
        {
            return copy.Error;
        }

        var delivered = document.MarkDelivered();
        if (!delivered.IsSuccess)
        {
            return delivered.Error;
        }

        // NOTE: the sender's update, the copy and the passport events need one storage transaction.
        // Until then the update goes first, so a concurrent second dispatch fails on the version before it adds a copy.
        var updated = await documents.UpdateAsync(document, cancellationToken);
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }

        var added = await documents.AddAsync(copy.Value, cancellationToken);
        if (!added.IsSuccess)
        {
            return added.Error;
        }

        var writer = new PassportWriter(passport);
        await writer.WriteAsync(document.Id, Entry(PassportEventType.Delivered, actor, $"{{\"incomingCopy\":\"{copy.Value.Id}\"}}"), cancellationToken);
        await writer.WriteAsync(copy.Value.Id, Entry(PassportEventType.Delivered, actor, $"{{\"sentDocument\":\"{document.Id}\"}}"), cancellationToken);
        logger.LogInformation("Document {DocumentId} delivered as incoming document {IncomingDocumentId}", document.Id, copy.Value.Id);
        return new DispatchOutcome(copy.Value.Id, null);
    }

    private async Task<Result<DispatchOutcome>> SendLinkAsync(
        Document document, Counterparty counterparty, SenderFacts sender, ActorSnapshot actor, CancellationToken cancellationToken)
    {
        var link = await links.IssueAsync(document.Id, counterparty.Identifier, LinkLifetime, cancellationToken);
        if (!link.IsSuccess)
        {
            return link.Error;
        }

        await mailer.EnqueueAsync(
            new LinkInvitation(document.Id, counterparty.Identifier, counterparty.Name, sender.Name, document.Title, link.Value.Token, link.Value.ExpiresAt),
            cancellationToken);
        await new PassportWriter(passport).WriteAsync(
            document.Id, Entry(PassportEventType.Sent, actor, $"{{\"link\":\"{link.Value.TokenId}\"}}"), cancellationToken);
        logger.LogInformation("Document {DocumentId} sent by link {LinkTokenId}", document.Id, link.Value.TokenId);
        return new DispatchOutcome(null, link.Value.TokenId);
    }

    private PassportEntry Entry(PassportEventType type, ActorSnapshot actor, string payloadJson) => new()
    {
        Type = type,
        Actor = actor,
        OccurredAt = clock.GetUtcNow(),
        PayloadJson = payloadJson,
    };
}
