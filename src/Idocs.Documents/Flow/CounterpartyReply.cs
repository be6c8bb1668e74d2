using System.Text.Json;
using Idocs.Documents.UnitOfWork;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Routes.Activities;
using Idocs.Documents.Statuses;
using Idocs.Documents.Tenancy;
using Idocs.Workflows.Runtime;

namespace Idocs.Documents.Flow;

/// <summary>
/// Applies the counterparty's signature or rejection to the sent document and resumes the sender's
/// route where it waits at AwaitCounterparty, in the transaction of the counterparty's action.
/// </summary>
public sealed class CounterpartyReply(
    WorkflowResumer resumer, StatusNotifier notifier, IDocumentOwnerLookup owners, ITenantContext tenant, TimeProvider clock)
{
    /// <summary>
    /// Changes <paramref name="sent"/> and the route in <paramref name="instance"/>; the caller locked
    /// the instance before it read the document and stores the document afterwards.
    /// </summary>
    public async Task<Result> ApplyAsync(
        IDocumentUnitOfWork transaction,
        Document sent,
        WorkflowInstance instance,
        CounterpartyAnswer answer,
        ActorSnapshot actor,
        string? ipAddress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(answer);

        var bookmark = instance.OpenBookmarks.FirstOrDefault(open => open.Kind == DocumentBookmarkKinds.Counterparty);
        if (bookmark is null || sent.Kind != DocumentKind.ExternalOutgoing)
        {
            return new Error(
                FlowErrorCodes.NotAwaitingCounterparty,
                $"Document {sent.Id} is {sent.Status} and its route does not wait for the counterparty now.");
        }

        var previous = sent.Status;
        var now = clock.GetUtcNow();
        var deliveredNow = false;
        if (answer.Signature is { } signature)
        {
            // A counterparty that signs without opening the document first has still received it.
            deliveredNow = sent.Status == DocumentStatus.SignedAndSent && sent.MarkDelivered().IsSuccess;
            var changed = sent.RecordSignature(signature with { Party = SigningParty.Counterparty });
            if (changed.IsSuccess)
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
            var rejected = sent.Reject(answer.RejectionReason);
            if (!rejected.IsSuccess)
            {
                return rejected;
            }
        }

        var decision = answer.Signature is null ? AwaitCounterpartyActivity.Rejected : AwaitCounterpartyActivity.Signed;
        var resumed = await resumer.ResumeInAsync(
            transaction.Workflow,
            new ResumeRequest(bookmark.Id, Actor.System, decision, $"counterparty:{bookmark.Id:N}", Comment(answer.RejectionReason)),
            cancellationToken);
        if (!resumed.IsSuccess)
        {
            return resumed.Error;
        }

        var written = Result.Success();
        if (deliveredNow)
        {
            written = await FlowPassport.WriteAsync(transaction, sent.Id, PassportEventType.Delivered, actor, now, ipAddress, "{}", cancellationToken);
        }

        if (written.IsSuccess)
        {
            written = answer.Signature is { } accepted
                ? await FlowPassport.WriteAsync(
                    transaction, sent.Id, PassportEventType.SignatureAccepted, actor, now, ipAddress,
                    JsonSerializer.Serialize(new { party = "counterparty", file = accepted.FileSha256, signature = accepted.SignatureSha256 }),
                    cancellationToken, accepted.CertificateSerial, accepted.ReportReference)
                : await FlowPassport.WriteAsync(
                    transaction, sent.Id, PassportEventType.Rejected, actor, now, ipAddress,
                    JsonSerializer.Serialize(new { party = "counterparty", reason = sent.RejectionReason }), cancellationToken);
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
            var applied = await ApplyAsync(transaction, sent, instance, answer, actor, ipAddress, cancellationToken);
            if (!applied.IsSuccess)
            {
                return applied;
            }

            var updated = await transaction.Documents.UpdateAsync(sent, cancellationToken);
            return updated.IsSuccess ? Result.Success() : updated.Error;
        }
    }

    private static JsonElement? Comment(string? reason) =>
        reason is null ? null : JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["comment"] = reason });
}
