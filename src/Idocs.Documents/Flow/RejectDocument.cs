using System.Text.Json;
using Idocs.Documents.UnitOfWork;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Signing;
using Idocs.Workflows.Activities.Builtin;
using Idocs.Workflows.Runtime;

namespace Idocs.Documents.Flow;

/// <summary>
/// Rejects a document with a reason at the approval or signing step that waits for the employee.
/// The route ends as rejected and the document returns to its author in the Rejected status; a
/// rejected incoming copy also rejects the sender's document. One transaction.
/// </summary>
public sealed class RejectDocument(
    DocumentTransactionRunner runner,
    IEmployeeFactsPort employees,
    WorkflowResumer resumer,
    CounterpartyReply replies,
    StatusNotifier notifier,
    TimeProvider clock)
{
    public async Task<Result<StepOutcome>> RejectAsync(StepCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            return new Error(DocumentErrorCodes.RejectionReasonRequired, $"Document {command.DocumentId} cannot be rejected without a reason; write why it is rejected.");
        }

        var employee = await employees.FindAsync(command.EmployeeId, cancellationToken);
        if (employee is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Employee {command.EmployeeId} was not found or is blocked.");
        }

        return await runner.ExecuteAsync((transaction, token) => RejectInAsync(transaction, command, employee, token), cancellationToken);
    }

    private async Task<Result<StepOutcome>> RejectInAsync(
        IDocumentUnitOfWork transaction, StepCommand command, EmployeeSigningFacts employee, CancellationToken cancellationToken)
    {
        var actor = RouteActors.For(employee);
        var replayed = await StepReplay.FindAsync(transaction, actor, command.IdempotencyKey, command.DocumentId, cancellationToken);
        if (replayed is not null)
        {
            return replayed;
        }

        var loaded = await LoadedRoute.LoadAsync(transaction, command.DocumentId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (instance, document) = loaded.Value;
        if (document.OwnerProfileId != employee.ProfileId)
        {
            return new Error(CommonErrorCodes.NotFound, $"Document {document.Id} was not found.");
        }

        var bookmark = RouteTurns.FindFor(instance, actor, BookmarkKinds.Approval, BookmarkKinds.Signature);
        if (bookmark is null)
        {
            return new Error(
                SigningErrorCodes.OutOfTurn,
                $"The route of document {document.Id} ({document.Status}) does not wait for employee {employee.EmployeeId} now, so it cannot be rejected by them.");
        }

        var previous = document.Status;
        var rejected = document.Reject(command.Reason);
        if (!rejected.IsSuccess)
        {
            return rejected.Error;
        }

        var decision = bookmark.Kind == BookmarkKinds.Approval ? ApproveActivity.Rejected : SignActivity.Declined;
        var data = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["comment"] = document.RejectionReason! });
        var resumed = await resumer.ResumeInAsync(
            transaction.Workflow, new ResumeRequest(bookmark.Id, actor, decision, command.IdempotencyKey, data), cancellationToken);
        if (!resumed.IsSuccess)
        {
            return resumed.Error;
        }

        var actorSnapshot = new ActorSnapshot(employee.EmployeeId, employee.FullName, employee.Iin);
        var written = await FlowPassport.WriteAsync(
            transaction, document.Id, PassportEventType.Rejected, actorSnapshot, clock.GetUtcNow(), command.IpAddress,
            JsonSerializer.Serialize(new { step = bookmark.ActivityId, reason = document.RejectionReason }), cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error;
        }

        if (document.Kind == DocumentKind.ExternalIncoming)
        {
            var answered = await replies.ApplyFromCopyAsync(
                transaction, document, CounterpartyAnswer.FromRejection(document.RejectionReason!), actorSnapshot, command.IpAddress, cancellationToken);
            if (!answered.IsSuccess)
            {
                return answered.Error;
            }
        }

        await notifier.NotifyAsync(transaction, document, previous, cancellationToken);
        var status = document.Status;
        var updated = await transaction.Documents.UpdateAsync(document, cancellationToken);
        return updated.IsSuccess ? new StepOutcome(document.Id, status, Replayed: false) : updated.Error;
    }
}
