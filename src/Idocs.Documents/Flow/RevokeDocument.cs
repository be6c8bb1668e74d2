using System.Text.Json;
using Idocs.Documents.UnitOfWork;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Routes.Activities;
using Idocs.Documents.Signing;
using Idocs.Documents.Statuses;
using Idocs.Documents.Tenancy;
using Idocs.Workflows.Runtime;

namespace Idocs.Documents.Flow;

/// <summary>
/// Withdraws a sent document before any counterparty signed it, in one transaction: the document
/// becomes revoked, the route's counterparty step ends as rejected, every receiver's incoming copy
/// is revoked too, and every counterparty's links stop working.
/// </summary>
/// <remarks>
/// A counterparty signature and a revocation racing for one document queue on the route instance,
/// so whichever commits first wins and the other one is refused against the new state.
/// </remarks>
public sealed class RevokeDocument(
    DocumentTransactionRunner runner,
    IEmployeeFactsPort employees,
    WorkflowResumer resumer,
    StatusNotifier notifier,
    IDocumentOwnerLookup owners,
    ITenantContext tenant,
    TimeProvider clock)
{
    public async Task<Result<StepOutcome>> RevokeAsync(DocumentActionCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        var employee = await employees.FindAsync(command.EmployeeId, cancellationToken);
        if (employee is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Employee {command.EmployeeId} was not found or is blocked.");
        }

        return await runner.ExecuteAsync((transaction, token) => RevokeInAsync(transaction, command, employee, token), cancellationToken);
    }

    private async Task<Result<StepOutcome>> RevokeInAsync(
        IDocumentUnitOfWork transaction, DocumentActionCommand command, EmployeeSigningFacts employee, CancellationToken cancellationToken)
    {
        var loaded = await LoadedRoute.LoadAsync(transaction, command.DocumentId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (instance, document) = loaded.Value;
        if (document.OwnerProfileId != employee.ProfileId || document.Kind != DocumentKind.ExternalOutgoing)
        {
            return new Error(CommonErrorCodes.NotFound, $"Outgoing document {document.Id} was not found.");
        }

        if (!document.CanEdit(employee.EmployeeId))
        {
            return new Error(FlowErrorCodes.NotAllowed, $"Employee {employee.EmployeeId} is neither the author nor an editor of document {document.Id}.");
        }

        var previous = document.Status;
        var revoked = document.Revoke();
        if (!revoked.IsSuccess)
        {
            return revoked.Error;
        }

        var waiting = instance.OpenBookmarks.FirstOrDefault(open => open.Kind == DocumentBookmarkKinds.Counterparty);
        if (waiting is not null)
        {
            var data = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["comment"] = "revoked by the sender" });
            var resumed = await resumer.ResumeInAsync(
                transaction.Workflow,
                new ResumeRequest(waiting.Id, Actor.System, AwaitCounterpartyActivity.Rejected, $"revoke:{waiting.Id:N}", data),
                cancellationToken);
            if (!resumed.IsSuccess)
            {
                return resumed.Error;
            }
        }

        var now = clock.GetUtcNow();
        var actor = new ActorSnapshot(employee.EmployeeId, employee.FullName, employee.Iin);
        var withdrawn = await WithdrawFromCounterpartiesAsync(transaction, document, actor, now, command.IpAddress, cancellationToken);
        if (!withdrawn.IsSuccess)
        {
            return withdrawn.Error;
        }

        var written = await FlowPassport.WriteAsync(
            transaction, document.Id, PassportEventType.Revoked, actor, now, command.IpAddress,
            JsonSerializer.Serialize(new { reason = command.Reason }), cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error;
        }

        await notifier.NotifyAsync(transaction, document, previous, cancellationToken);
        var updated = await transaction.Documents.UpdateAsync(document, cancellationToken);
        return updated.IsSuccess ? new StepOutcome(document.Id, DocumentStatus.Revoked, Replayed: false) : updated.Error;
    }

    private async Task<Result> WithdrawFromCounterpartiesAsync(
        IDocumentUnitOfWork transaction, Document document, ActorSnapshot actor, DateTimeOffset now, string? ipAddress, CancellationToken cancellationToken)
    {
        // Copies made before the counterparties were kept on the document are found through the passport.
        var legacyCopyId = FindIncomingCopyId(await transaction.Passport.ListAsync(document.Id, cancellationToken));
        foreach (var counterparty in document.Counterparties)
        {
            var withdrawn = counterparty.Party.Kind == CounterpartyIdentifierKind.Email
                ? await SupersedeLinksAsync(transaction, document, counterparty.Party, now, cancellationToken)
                : await RevokeCopyAsync(transaction, document, counterparty.IncomingCopyId ?? (counterparty.Progress == CounterpartyProgress.Pending ? null : legacyCopyId), actor, now, ipAddress, cancellationToken);
            if (!withdrawn.IsSuccess)
            {
                return withdrawn;
            }
        }

        return Result.Success();
    }

    private static async Task<Result> SupersedeLinksAsync(
        IDocumentUnitOfWork transaction, Document document, Counterparty byEmail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var link in await transaction.LinkTokens.ListActiveAsync(document.Id, byEmail.Identifier, cancellationToken))
        {
            var superseded = await transaction.LinkTokens.UpdateAsync(link with { SupersededAt = now }, cancellationToken);
            if (!superseded.IsSuccess)
            {
                return superseded;
            }
        }

        return Result.Success();
    }

    private async Task<Result> RevokeCopyAsync(
        IDocumentUnitOfWork transaction, Document document, Guid? copyId, ActorSnapshot actor, DateTimeOffset now, string? ipAddress, CancellationToken cancellationToken)
    {
        var receiverProfileId = copyId is { } id ? await owners.FindOwnerProfileIdAsync(id, cancellationToken) : null;
        if (receiverProfileId is null)
        {
            return Result.Success();
        }

        // The incoming copy belongs to the receiving profile, so it is changed in that profile's name.
        using var receiver = tenant.EnterProfile(receiverProfileId.Value);
        var copy = await transaction.LockDocumentAsync(copyId!.Value, cancellationToken);
        if (copy is null || copy.IsDeleted || copy.Status == DocumentStatus.Revoked)
        {
            return Result.Success();
        }

        var revoked = copy.Revoke();
        if (!revoked.IsSuccess)
        {
            return revoked;
        }

        var written = await FlowPassport.WriteAsync(
            transaction, copy.Id, PassportEventType.Revoked, actor, now, ipAddress,
            JsonSerializer.Serialize(new Dictionary<string, Guid> { [DocumentRouteLink.SentDocumentProperty] = document.Id }), cancellationToken);
        if (!written.IsSuccess)
        {
            return written;
        }

        var updated = await transaction.Documents.UpdateAsync(copy, cancellationToken);
        return updated.IsSuccess ? Result.Success() : updated.Error;
    }

    private static Guid? FindIncomingCopyId(IReadOnlyList<PassportEvent> events)
    {
        foreach (var passportEvent in events.Where(passportEvent => passportEvent.Type == PassportEventType.Sent))
        {
            using var payload = JsonDocument.Parse(passportEvent.PayloadJson);
            if (payload.RootElement.TryGetProperty("incomingCopy", out var value) && value.TryGetGuid(out var id))
            {
                return id;
            }
        }

        return null;
    }
}
