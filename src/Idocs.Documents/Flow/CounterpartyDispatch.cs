using System.Globalization;
using System.Text.Json;
using Idocs.Documents.UnitOfWork;
using Idocs.Common.Results;
using Idocs.Documents.Dispatch;
using Idocs.Documents.Documents;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Documents.Tenancy;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.Flow;

/// <summary>
/// Sends a document this side has signed to each of its counterparties inside the action's
/// transaction. A registered counterparty (found by BIN or IIN) gets an incoming copy in "New
/// incoming" and a mail to the profile's address. One known by email gets a link, bound to that
/// address, that opens the document without registration.
/// </summary>
public sealed class CounterpartyDispatch(
    ICounterpartyDirectoryPort directory,
    IProfileFactsPort profiles,
    ITenantContext tenant,
    TimeProvider clock,
    ILogger<CounterpartyDispatch> logger)
{
    /// <summary>How long an emailed link stays valid.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(30);

    /// <summary>
    /// Dispatches the document, which must be "signed and sent" or already delivered to some of its
    /// counterparties, to every counterparty it has not reached yet. Returns false when a counterparty
    /// cannot be reached (no profile with that BIN or IIN). The route then keeps waiting at Dispatch,
    /// and a later dispatch sends only to the counterparties still pending.
    /// </summary>
    public async Task<Result<bool>> DispatchAsync(IDocumentUnitOfWork transaction, Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(document);

        if (document.Counterparties.Count == 0)
        {
            throw new InvalidOperationException($"Document {document.Id} reached dispatch without a counterparty.");
        }

        var sender = await profiles.FindAsync(document.OwnerProfileId, cancellationToken);
        if (sender is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"The sending profile {document.OwnerProfileId} of document {document.Id} was not found.");
        }

        var actor = new ActorSnapshot(null, sender.Name, null);
        var reachedAll = true;
        var pending = document.Counterparties.Where(party => party.Progress == CounterpartyProgress.Pending).Select(party => party.Party).ToList();
        foreach (var counterparty in pending)
        {
            var reached = await DispatchToAsync(transaction, document, counterparty, sender, actor, cancellationToken);
            if (!reached.IsSuccess)
            {
                return reached.Error;
            }

            reachedAll &= reached.Value;
        }

        return reachedAll;
    }

    private async Task<Result<bool>> DispatchToAsync(
        IDocumentUnitOfWork transaction, Document document, Counterparty counterparty, ProfileFacts sender, ActorSnapshot actor, CancellationToken cancellationToken)
    {
        if (counterparty.Kind == CounterpartyIdentifierKind.Email)
        {
            var sent = await SendLinkAsync(transaction, document, counterparty, sender, actor, PassportEventType.Sent, cancellationToken);
            var marked = sent.IsSuccess ? document.MarkDispatched(counterparty, null) : sent.Error;
            return marked.IsSuccess ? true : marked.Error;
        }

        var receiverProfileId = await directory.FindProfileAsync(counterparty.Kind, counterparty.Identifier, cancellationToken);
        if (receiverProfileId is null)
        {
            logger.LogWarning(
                "Document {DocumentId} waits for dispatch: no profile has the counterparty's {IdentifierKind}",
                document.Id, counterparty.Kind);
            return false;
        }

        var delivered = await DeliverAsync(transaction, document, counterparty, sender, receiverProfileId.Value, actor, cancellationToken);
        return delivered.IsSuccess ? true : delivered.Error;
    }

    /// <summary>
    /// Issues a fresh link to the counterparty's email, which replaces every earlier link of that
    /// recipient, and queues the invitation mail. Dispatch and reminders use it.
    /// </summary>
    public async Task<Result<IssuedLink>> SendLinkAsync(
        IDocumentUnitOfWork transaction,
        Document document,
        Counterparty counterparty,
        ProfileFacts sender,
        ActorSnapshot actor,
        PassportEventType passportType,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(counterparty);
        ArgumentNullException.ThrowIfNull(sender);

        var link = await new LinkAccessService(transaction.LinkTokens, clock).IssueAsync(document.Id, counterparty.Identifier, LinkLifetime, cancellationToken);
        if (!link.IsSuccess)
        {
            return link.Error;
        }

        transaction.EnqueueMessage(DocumentMail.OutboxType, new DocumentMail
        {
            Template = DocumentMailTemplate.LinkInvitation,
            DocumentId = document.Id,
            RecipientEmail = counterparty.Identifier,
            RecipientName = counterparty.Name,
            Language = sender.Language,
            Values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [DocumentMailValues.SenderName] = sender.Name,
                [DocumentMailValues.Title] = document.Title,
                [DocumentMailValues.Number] = document.Number,
                [DocumentMailValues.LinkToken] = link.Value.Token,
                [DocumentMailValues.ExpiresAt] = link.Value.ExpiresAt.ToString("O", CultureInfo.InvariantCulture),
            },
        });
        var written = await FlowPassport.WriteAsync(
            transaction, document.Id, passportType, actor, clock.GetUtcNow(), null,
            JsonSerializer.Serialize(new { link = link.Value.TokenId, recipient = counterparty.Identifier }), cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error;
        }

        logger.LogInformation("Document {DocumentId} sent by link {LinkTokenId}", document.Id, link.Value.TokenId);
        return link.Value;
    }

    private async Task<Result> DeliverAsync(
        IDocumentUnitOfWork transaction,
        Document document,
        Counterparty counterparty,
        ProfileFacts sender,
        Guid receiverProfileId,
        ActorSnapshot actor,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var copy = IncomingCopyFactory.Create(document, sender.ToSender(), receiverProfileId, Guid.CreateVersion7(now), now);
        if (!copy.IsSuccess)
        {
            return copy.Error;
        }

        var delivered = document.MarkDispatched(counterparty, copy.Value.Id);
        if (!delivered.IsSuccess)
        {
            return delivered;
        }

        var copyPayload = JsonSerializer.Serialize(new Dictionary<string, Guid> { [DocumentRouteLink.SentDocumentProperty] = document.Id });
        var sentPayload = JsonSerializer.Serialize(new { incomingCopy = copy.Value.Id, recipient = counterparty.Identifier });
        var written = await FlowPassport.WriteAsync(transaction, document.Id, PassportEventType.Sent, actor, now, null, sentPayload, cancellationToken);
        if (written.IsSuccess)
        {
            written = await FlowPassport.WriteAsync(transaction, document.Id, PassportEventType.Delivered, actor, now, null, sentPayload, cancellationToken);
        }

        if (!written.IsSuccess)
        {
            return written;
        }

        // The copy belongs to the receiving profile, so it is written in that profile's name.
        using (tenant.EnterProfile(receiverProfileId))
        {
            var added = await transaction.Documents.AddAsync(copy.Value, cancellationToken);
            if (!added.IsSuccess)
            {
                return added;
            }

            written = await FlowPassport.WriteAsync(transaction, copy.Value.Id, PassportEventType.Delivered, actor, now, null, copyPayload, cancellationToken);
            if (!written.IsSuccess)
            {
                return written;
            }
        }

        var receiver = await profiles.FindAsync(receiverProfileId, cancellationToken);
        if (receiver?.Email is { } email)
        {
            transaction.EnqueueMessage(DocumentMail.OutboxType, new DocumentMail
            {
                Template = DocumentMailTemplate.StatusChanged,
                DocumentId = copy.Value.Id,
                RecipientEmail = email,
                RecipientName = receiver.Name,
                Language = receiver.Language,
                Values = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [DocumentMailValues.SenderName] = sender.Name,
                    [DocumentMailValues.Title] = document.Title,
                    [DocumentMailValues.Number] = document.Number,
                    [DocumentMailValues.Status] = copy.Value.Status.ToString(),
                },
            });
        }

        logger.LogInformation("Document {DocumentId} delivered as incoming document {IncomingDocumentId}", document.Id, copy.Value.Id);
        return Result.Success();
    }
}
