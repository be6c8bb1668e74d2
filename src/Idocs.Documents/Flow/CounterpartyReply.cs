using System.Text.Json;
using Idocs.Documents.UnitOfWork;
using Idocs.Common.Ids;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Routes.Activities;
using Idocs.Documents.Statuses;
using Idocs.Documents.Tenancy;
using Idocs.Workflows.Runtime;

namespace Idocs.Documents.Flow;

/// <summary>
/// Applies one counterparty's signature or rejection to the sent document, in the transaction of
/// the counterparty's action. The sender's route waits at AwaitCounterparty for all of them: it is
/// resumed with Signed when the last counterparty signs, and with Rejected at the first rejection.
/// </summary>
public sealed class CounterpartyReply(
    WorkflowResumer resumer, StatusNotifier notifier, IDocumentOwnerLookup owners, ITenantContext tenant, TimeProvider clock)
{
    /// <summary>
    /// Applies the signature or rejection of <paramref name="party"/> to <paramref name="sent"/> and
    /// the route in <paramref name="instance"/>. The caller locked the instance before it read the
    /// document, and stores the document afterwards.
    /// </summary>
    public async Task<Result> ApplyAsync(
        IDocumentUnitOfWork transaction,
        Document sent,
        WorkflowInstance instance,
        Counterparty party,
        CounterpartyAnswer answer,
        ActorSnapshot actor,
        string? ipAddress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(party);
        ArgumentNullException.ThrowIfNull(answer);

        var bookmark = instance.OpenBookmarks.FirstOrDefault(open => open.Kind == DocumentBookmarkKinds.Counterparty);
        if (bookmark is null || sent.Kind != DocumentKind.ExternalOutgoing)
        {
            return new Error(
                FlowErrorCodes.NotAwaitingCounterparty,
                $"Document {sent.Id} is {sent.Status} and its route does not wait for the counterparty now.");
        }

        var entry = sent.FindCounterparty(party.Identifier);
        if (entry is null)
        {
            return new Error(DocumentErrorCodes.UnknownCounterparty, $"'{party.Identifier}' is not a counterparty of document {sent.Id}.");
        }

        var previous = sent.Status;
        var now = clock.GetUtcNow();

        // A counterparty that signs without opening the document first has still received it.
        var deliveredNow = answer.Signature is not null && entry.Progress is CounterpartyProgress.Pending or CounterpartyProgress.Sent;
        if (answer.Signature is { } signature)
        {
            var changed = sent.Status == DocumentStatus.SignedAndSent ? sent.MarkDelivered() : Result.Success();
            if (changed.IsSuccess)
            {
                changed = sent.RecordCounterpartySignature(party, signature);
            }

            if (changed.IsSuccess && sent.AllCounterpartiesSigned)
            {
                changed = sent.CompleteCounterpartySigning();
            }

            if (!changed.IsSuccess)
            {
                return changed;
            }
        }
        else
        {
            var rejected = sent.RejectBy(party, answer.RejectionReason);
            if (!rejected.IsSuccess)
            {
                return rejected;
            }
        }

        // The route goes on only when every counterparty has signed or one has rejected.
        var decision = answer.Signature is null ? AwaitCounterpartyActivity.Rejected
            : sent.Status == DocumentStatus.SignedByAllParties ? AwaitCounterpartyActivity.Signed
            : null;
        if (decision is not null)
        {
            var resumed = await resumer.ResumeInAsync(
                transaction.Workflow,
                new ResumeRequest(bookmark.Id, Actor.System, decision, $"counterparty:{bookmark.Id:N}", Comment(answer.RejectionReason)),
                cancellationToken);
            if (!resumed.IsSuccess)
            {
                return resumed.Error;
            }
        }

        var written = Result.Success();
        if (deliveredNow)
        {
            written = await FlowPassport.WriteAsync(
                transaction, sent.Id, PassportEventType.Delivered, actor, now, ipAddress,
                JsonSerializer.Serialize(new { recipient = party.Identifier }), cancellationToken);
        }

        if (written.IsSuccess)
        {
            written = answer.Signature is { } accepted
                ? await FlowPassport.WriteAsync(
                    transaction, sent.Id, PassportEventType.SignatureAccepted, actor, now, ipAddress,
                    JsonSerializer.Serialize(new { party = "counterparty", recipient = party.Identifier, file = accepted.FileSha256, signature = accepted.SignatureSha256 }),
                    cancellationToken, accepted.CertificateSerial, accepted.ReportReference)
                : await FlowPassport.WriteAsync(
                    transaction, sent.Id, PassportEventType.Rejected, actor, now, ipAddress,
                    JsonSerializer.Serialize(new { party = "counterparty", recipient = party.Identifier, reason = sent.RejectionReason }), cancellationToken);
        }

        if (!written.IsSuccess)
        {
            return written;
        }

        await notifier.NotifyAsync(transaction, sent, previous, cancellationToken);
        return Result.Success();
    }

    /// <summary>
    /// Loads the sent document an incoming copy was made from, applies the receiver's answer to it
    /// and stores it. Does nothing for a copy whose sender is not on this platform's route.
    /// </summary>
    public async Task<Result> ApplyFromCopyAsync(
        IDocumentUnitOfWork transaction, Document copy, CounterpartyAnswer answer, ActorSnapshot actor, string? ipAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(copy);

        var sentId = DocumentRouteLink.FindSentDocumentId(await transaction.Passport.ListAsync(copy.Id, cancellationToken));
        if (sentId is null)
        {
            return Result.Success();
        }

        var senderProfileId = await owners.FindOwnerProfileIdAsync(sentId.Value, cancellationToken);
        if (senderProfileId is null)
        {
            return new Error(FlowErrorCodes.NotAwaitingCounterparty, $"The sent document {sentId} of incoming document {copy.Id} no longer exists.");
        }

        // The sent document belongs to the sender's profile, so it is read and written in that profile's name.
        using (tenant.EnterProfile(senderProfileId.Value))
        {
            var loaded = await LoadedRoute.LoadAsync(transaction, sentId.Value, cancellationToken);
            if (!loaded.IsSuccess)
            {
                return new Error(FlowErrorCodes.NotAwaitingCounterparty, $"The sent document {sentId} of incoming document {copy.Id} no longer waits for an answer.");
            }

            var (instance, sent) = loaded.Value;
            var party = (sent.FindCounterpartyByCopy(copy.Id) ?? CopyReceiverBeforeCounterpartyList(sent))?.Party;
            if (party is null)
            {
                return new Error(FlowErrorCodes.NotAwaitingCounterparty, $"The sent document {sentId} has no counterparty that received incoming document {copy.Id}.");
            }

            // The copy keeps its own row of the signature, so the sent document records it under a new id.
            var forSent = answer.Signature is { } copied ? answer with { Signature = copied with { Id = IdGenerator.NewId(clock) } } : answer;
            var applied = await ApplyAsync(transaction, sent, instance, party, forSent, actor, ipAddress, cancellationToken);
            if (!applied.IsSuccess)
            {
                return applied;
            }

            var updated = await transaction.Documents.UpdateAsync(sent, cancellationToken);
            return updated.IsSuccess ? Result.Success() : updated.Error;
        }
    }

    /// <summary>
    /// Returns the one registered counterparty of a document sent before each counterparty kept the
    /// id of its incoming copy; such a document has exactly one counterparty and no copy id.
    /// </summary>
    private static DocumentCounterparty? CopyReceiverBeforeCounterpartyList(Document sent) =>
        sent.Counterparties is [{ IncomingCopyId: null, Party.Kind: not CounterpartyIdentifierKind.Email } only] ? only : null;

        private static JsonElement? Comment(string? reason) =>
        reason is null ? null : JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["comment"] = reason });
}
