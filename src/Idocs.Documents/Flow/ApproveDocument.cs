using Idocs.Documents.UnitOfWork;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Signing;
using Idocs.Workflows.Activities.Builtin;
using Idocs.Workflows.Runtime;

namespace Idocs.Documents.Flow;

/// <summary>
/// Approves a document at the approval step that waits for the employee: resumes the route, moves
/// the document on (to signing when the last approval is in) and writes the Approved passport event,
/// all in one transaction.
/// </summary>
public sealed class ApproveDocument(
    DocumentTransactionRunner runner,
    IEmployeeFactsPort employees,
    WorkflowResumer resumer,
    RouteProgress progress,
    TimeProvider clock)
{
    public async Task<Result<StepOutcome>> ApproveAsync(StepCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        var employee = await employees.FindAsync(command.EmployeeId, cancellationToken);
        if (employee is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Employee {command.EmployeeId} was not found or is blocked.");
        }

        return await runner.ExecuteAsync((transaction, token) => ApproveInAsync(transaction, command, employee, token), cancellationToken);
    }

    private async Task<Result<StepOutcome>> ApproveInAsync(
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

        var bookmark = RouteTurns.FindFor(instance, actor, BookmarkKinds.Approval);
        if (bookmark is null)
        {
            return new Error(
                SigningErrorCodes.OutOfTurn,
                $"The route of document {document.Id} ({document.Status}) does not wait for employee {employee.EmployeeId}'s approval now.");
        }

        var resumed = await resumer.ResumeInAsync(
            transaction.Workflow, new ResumeRequest(bookmark.Id, actor, ApproveActivity.Approved, command.IdempotencyKey), cancellationToken);
        if (!resumed.IsSuccess)
        {
            return resumed.Error;
        }

        var actorSnapshot = new ActorSnapshot(employee.EmployeeId, employee.FullName, employee.Iin);
        var written = await FlowPassport.WriteAsync(
            transaction, document.Id, PassportEventType.Approved, actorSnapshot, clock.GetUtcNow(), command.IpAddress,
            $$"""{"step":"{{bookmark.ActivityId}}"}""", cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error;
        }

        var advanced = await progress.AdvanceAsync(transaction, document, instance, actorSnapshot, command.IpAddress, cancellationToken);
        if (!advanced.IsSuccess)
        {
            return advanced.Error;
        }

        var status = document.Status;
        var updated = await transaction.Documents.UpdateAsync(document, cancellationToken);
        return updated.IsSuccess ? new StepOutcome(document.Id, status, Replayed: false) : updated.Error;
    }
}
