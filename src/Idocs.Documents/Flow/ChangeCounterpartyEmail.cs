using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Documents.Signing;
using Idocs.Documents.UnitOfWork;

namespace Idocs.Documents.Flow;

/// <summary>
/// Changes the email of an unregistered counterparty that has neither signed nor rejected yet and sends the
/// document again. Links issued to the old address stop working, and the new address gets a fresh link.
/// </summary>
public sealed class ChangeCounterpartyEmail(
    DocumentTransactionRunner runner,
    IEmployeeFactsPort employees,
    IProfileFactsPort profiles,
    CounterpartyDispatch dispatch,
    TimeProvider clock)
{
    public async Task<Result<StepOutcome>> ChangeAsync(ChangeCounterpartyEmailCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        var employee = await employees.FindAsync(command.EmployeeId, cancellationToken);
        if (employee is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Employee {command.EmployeeId} was not found or is blocked.");
        }

        return await runner.ExecuteAsync((transaction, token) => ChangeInAsync(transaction, command, employee, token), cancellationToken);
    }

    private async Task<Result<StepOutcome>> ChangeInAsync(
        IDocumentUnitOfWork transaction, ChangeCounterpartyEmailCommand command, EmployeeSigningFacts employee, CancellationToken cancellationToken)
    {
        var document = await transaction.Documents.FindAsync(command.DocumentId, cancellationToken);
        if (document is null || document.OwnerProfileId != employee.ProfileId || document.Kind != DocumentKind.ExternalOutgoing)
        {
            return new Error(CommonErrorCodes.NotFound, $"Outgoing document {command.DocumentId} was not found.");
        }

        if (!document.CanEdit(employee.EmployeeId))
        {
            return new Error(FlowErrorCodes.NotAllowed, $"Employee {employee.EmployeeId} is neither the author nor an editor of document {document.Id}.");
        }

        var current = document.FindCounterparty(command.CurrentEmail?.Trim() ?? string.Empty);
        if (current is null)
        {
            return new Error(DocumentErrorCodes.UnknownCounterparty, $"'{command.CurrentEmail}' is not a counterparty of document {document.Id}.");
        }

        var replacement = Counterparty.Create(CounterpartyIdentifierKind.Email, command.NewEmail, current.Party.Name);
        if (!replacement.IsSuccess)
        {
            return replacement.Error;
        }

        var replaced = document.ReplaceCounterpartyEmail(command.CurrentEmail ?? string.Empty, replacement.Value);
        if (!replaced.IsSuccess)
        {
            return replaced.Error;
        }

        return await SendAgainAsync(transaction, document, current.Party, replacement.Value, employee, command.IpAddress, cancellationToken);
    }

    private async Task<Result<StepOutcome>> SendAgainAsync(
        IDocumentUnitOfWork transaction,
        Document document,
        Counterparty previous,
        Counterparty replacement,
        EmployeeSigningFacts employee,
        string? ipAddress,
        CancellationToken cancellationToken)
    {
        var sender = await profiles.FindAsync(document.OwnerProfileId, cancellationToken);
        if (sender is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"The sending profile {document.OwnerProfileId} of document {document.Id} was not found.");
        }

        var retired = await new LinkAccessService(transaction.LinkTokens, clock).RetireAsync(document.Id, previous.Identifier, cancellationToken);
        if (!retired.IsSuccess)
        {
            return retired.Error;
        }

        var actor = new ActorSnapshot(employee.EmployeeId, employee.FullName, employee.Iin);
        var changed = await FlowPassport.WriteAsync(
            transaction, document.Id, PassportEventType.RouteChanged, actor, clock.GetUtcNow(), ipAddress,
            JsonSerializer.Serialize(new { counterpartyEmail = new { from = previous.Identifier, to = replacement.Identifier } }), cancellationToken);
        if (!changed.IsSuccess)
        {
            return changed.Error;
        }

        var sent = await dispatch.SendLinkAsync(transaction, document, replacement, sender, actor, PassportEventType.Sent, cancellationToken);
        if (!sent.IsSuccess)
        {
            return sent.Error;
        }

        var updated = await transaction.Documents.UpdateAsync(document, cancellationToken);
        return updated.IsSuccess ? new StepOutcome(document.Id, document.Status, Replayed: false) : updated.Error;
    }
}
