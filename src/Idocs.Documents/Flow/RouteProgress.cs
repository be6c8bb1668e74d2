using Idocs.Documents.UnitOfWork;
using Idocs.Common.Results;
using Idocs.Documents.Billing;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Routes.Activities;
using Idocs.Documents.Statuses;
using Idocs.Workflows.Runtime;

namespace Idocs.Documents.Flow;

/// <summary>
/// Runs after the route moved in a document action: brings the document's status in line with the
/// route, dispatches an outgoing document when the route reaches Dispatch (after billing allowed the
/// sending, and queuing its metering), answers the sender when an incoming copy ends signed, and
/// queues the status mail. The caller stores the document afterwards.
/// </summary>
public sealed class RouteProgress(
    WorkflowResumer resumer,
    CounterpartyDispatch dispatch,
    CounterpartyReply replies,
    StatusNotifier notifier,
    SendingBilling billing,
    TimeProvider clock)
{
    public async Task<Result> AdvanceAsync(
        IDocumentUnitOfWork transaction, Document document, WorkflowInstance instance, ActorSnapshot actor, string? ipAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(instance);

        var previous = document.Status;
        if (RouteStatusSync.TargetOf(document, instance) is { } target)
        {
            var moved = RouteStatusSync.MoveTowards(document, target);
            if (!moved.IsSuccess)
            {
                return moved;
            }
        }

        var dispatchBookmark = instance.OpenBookmarks.FirstOrDefault(open => open.Kind == DocumentBookmarkKinds.Dispatch);
        // A dispatch that reached only some counterparties leaves the document delivered; the next one sends to the rest.
        if (dispatchBookmark is not null && document.Kind == DocumentKind.ExternalOutgoing
            && document.Status is DocumentStatus.SignedAndSent or DocumentStatus.Delivered or DocumentStatus.ViewedByCounterparty)
        {
            // A refusal fails the whole action, so the signature that led here is not stored either.
            var allowed = await billing.CheckAsync(document, cancellationToken);
            if (!allowed.IsSuccess)
            {
                return allowed;
            }

            var dispatched = await dispatch.DispatchAsync(transaction, document, cancellationToken);
            if (!dispatched.IsSuccess)
            {
                return dispatched.Error;
            }

            if (dispatched.Value)
            {
                SendingBilling.QueueMetering(transaction, document, clock.GetUtcNow());
                var resumed = await resumer.ResumeInAsync(
                    transaction.Workflow,
                    new ResumeRequest(dispatchBookmark.Id, Actor.System, DispatchActivity.Dispatched, $"dispatch:{dispatchBookmark.Id:N}"),
                    cancellationToken);
                if (!resumed.IsSuccess)
                {
                    return resumed.Error;
                }
            }
        }

        if (document.Kind == DocumentKind.ExternalIncoming && document.Status == DocumentStatus.SignedByAllParties && previous != document.Status)
        {
            var receiverSignature = document.Signatures.LastOrDefault(signature => signature.Party == SigningParty.Owner);
            if (receiverSignature is not null)
            {
                var answered = await replies.ApplyFromCopyAsync(
                    transaction, document, CounterpartyAnswer.FromSignature(receiverSignature), actor, ipAddress, cancellationToken);
                if (!answered.IsSuccess)
                {
                    return answered;
                }
            }
        }

        await notifier.NotifyAsync(transaction, document, previous, cancellationToken);
        return Result.Success();
    }
}
