using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Passport;
using Idocs.Documents.Signing;
using Idocs.Documents.Tenancy;
using Idocs.Documents.UnitOfWork;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.Annulment;

/// <summary>
/// Annuls a document signed by all parties by agreement of both sides: one side proposes, the other
/// confirms. A registered counterparty holds its own incoming copy, so each step changes the sent
/// document and the copy in one transaction, each in its owner's name. An internal document has one
/// side and is annulled by the proposal.
/// </summary>
/// <remarks>
/// NOTE: a counterparty reached by link has no copy and no way to confirm yet, so a document sent by
/// link stays with the proposal recorded until that side can answer.
/// </remarks>
public sealed class AnnulByAgreement(
    DocumentTransactionRunner runner,
    IEmployeeFactsPort employees,
    IDocumentOwnerLookup owners,
    ITenantContext tenant,
    TimeProvider clock,
    ILogger<AnnulByAgreement> logger)
{
    private const string IncomingCopyProperty = "incomingCopy";

    /// <summary>Records this side's proposal to annul; an internal document is annulled at once.</summary>
    public Task<Result<AnnulmentOutcome>> ProposeAsync(DocumentActionCommand command, CancellationToken cancellationToken) =>
        RunAsync(command, confirm: false, cancellationToken);

    /// <summary>Confirms the other side's proposal, which annuls the document on both sides.</summary>
    public Task<Result<AnnulmentOutcome>> ConfirmAsync(DocumentActionCommand command, CancellationToken cancellationToken) =>
        RunAsync(command, confirm: true, cancellationToken);

    private async Task<Result<AnnulmentOutcome>> RunAsync(DocumentActionCommand command, bool confirm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        var employee = await employees.FindAsync(command.EmployeeId, cancellationToken);
        if (employee is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Employee {command.EmployeeId} was not found or is blocked.");
        }

        var outcome = await runner.ExecuteAsync<AnnulmentOutcome>(
            async (transaction, token) =>
            {
                var document = await transaction.LockDocumentAsync(command.DocumentId, token);
                if (document is null || document.IsDeleted || document.OwnerProfileId != employee.ProfileId)
                {
                    return new Error(CommonErrorCodes.NotFound, $"Document {command.DocumentId} was not found.");
                }

                if (document.Kind != DocumentKind.ExternalIncoming && !document.CanEdit(employee.EmployeeId))
                {
                    return new Error(FlowErrorCodes.NotAllowed, $"Only the author or an editor of document {document.Id} may propose or confirm its annulment.");
                }

                var changed = confirm ? document.ConfirmAnnulment(SigningParty.Owner) : document.ProposeAnnulment(SigningParty.Owner);
                if (!changed.IsSuccess)
                {
                    return changed.Error;
                }

                var actor = new ActorSnapshot(employee.EmployeeId, employee.FullName, employee.Iin);
                var written = await WriteStepAsync(transaction, document, actor, command.IpAddress, token);
                if (!written.IsSuccess)
                {
                    return written.Error;
                }

                var twin = await ChangeTwinAsync(transaction, document, confirm, actor, token);
                if (!twin.IsSuccess)
                {
                    return twin.Error;
                }

                var updated = await transaction.Documents.UpdateAsync(document, token);
                return updated.IsSuccess ? new AnnulmentOutcome(document.Id, document.Status, document.AnnulmentProposedBy is not null) : updated.Error;
            },
            cancellationToken);
        if (outcome.IsSuccess)
        {
            logger.LogInformation(
                "Annulment of document {DocumentId} {AnnulmentStep}; status {DocumentStatus}",
                command.DocumentId, confirm ? "confirmed" : "proposed", outcome.Value.Status);
        }

        return outcome;
    }

    /// <summary>Applies the same step to the other side's document, where this side is the counterparty.</summary>
    private async Task<Result> ChangeTwinAsync(
        IDocumentUnitOfWork transaction, Document document, bool confirm, ActorSnapshot actor, CancellationToken cancellationToken)
    {
        if (document.Kind == DocumentKind.Internal)
        {
            return Result.Success();
        }

        var events = await transaction.Passport.ListAsync(document.Id, cancellationToken);
        var twinId = document.Kind == DocumentKind.ExternalIncoming ? DocumentRouteLink.FindSentDocumentId(events) : FindIncomingCopyId(events);
        if (twinId is null)
        {
            return Result.Success();
        }

        var ownerId = await owners.FindOwnerProfileIdAsync(twinId.Value, cancellationToken);
        if (ownerId is null)
        {
            return Result.Success();
        }

        using (tenant.EnterProfile(ownerId.Value))
        {
            var twin = await transaction.LockDocumentAsync(twinId.Value, cancellationToken);
            if (twin is null || twin.IsDeleted)
            {
                return Result.Success();
            }

            var changed = confirm ? twin.ConfirmAnnulment(SigningParty.Counterparty) : twin.ProposeAnnulment(SigningParty.Counterparty);
            if (!changed.IsSuccess)
            {
                return changed;
            }

            var written = await WriteStepAsync(transaction, twin, actor, null, cancellationToken);
            return written.IsSuccess ? (await transaction.Documents.UpdateAsync(twin, cancellationToken)).ToResult() : written;
        }
    }

    private Task<Result> WriteStepAsync(IDocumentUnitOfWork transaction, Document document, ActorSnapshot actor, string? ipAddress, CancellationToken cancellationToken) =>
        FlowPassport.WriteAsync(
            transaction,
            document.Id,
            document.Status == Statuses.DocumentStatus.Annulled ? PassportEventType.Annulled : PassportEventType.AnnulmentProposed,
            actor,
            clock.GetUtcNow(),
            ipAddress,
            JsonSerializer.Serialize(new { proposedBy = document.AnnulmentProposedBy?.ToString() }),
            cancellationToken);

    private static Guid? FindIncomingCopyId(IReadOnlyList<PassportEvent> events)
    {
        foreach (var passportEvent in events.Where(candidate => candidate.Type == PassportEventType.Sent).Reverse())
        {
            using var payload = JsonDocument.Parse(passportEvent.PayloadJson);
            if (payload.RootElement.ValueKind == JsonValueKind.Object
                && payload.RootElement.TryGetProperty(IncomingCopyProperty, out var copy)
                && copy.TryGetGuid(out var copyId))
            {
                return copyId;
            }
        }

        return null;
    }
}
