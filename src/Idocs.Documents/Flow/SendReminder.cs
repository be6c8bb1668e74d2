using System.Text.Json;
using Idocs.Documents.UnitOfWork;
using Idocs.Common.Results;
using Idocs.Documents.Dispatch;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Routes.Activities;
using Idocs.Documents.Signing;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Flow;

/// <summary>
/// "Send reminder" on a sent document that waits for its counterparties. Every counterparty that
/// has neither signed nor rejected yet is reminded. A registered counterparty gets a mail to its profile's own
/// address; an unregistered one gets a fresh link, which replaces its earlier ones. A document still waiting at dispatch (the counterparty had no profile yet) is
/// dispatched again instead.
/// </summary>
public sealed class SendReminder(
    DocumentTransactionRunner runner,
    IEmployeeFactsPort employees,
    ICounterpartyDirectoryPort directory,
    IProfileFactsPort profiles,
    CounterpartyDispatch dispatch,
    RouteProgress progress,
    TimeProvider clock)
{
    public async Task<Result<StepOutcome>> SendAsync(DocumentActionCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        var employee = await employees.FindAsync(command.EmployeeId, cancellationToken);
        if (employee is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Employee {command.EmployeeId} was not found or is blocked.");
        }

        return await runner.ExecuteAsync((transaction, token) => SendInAsync(transaction, command, employee, token), cancellationToken);
    }

    private async Task<Result<StepOutcome>> SendInAsync(
        IDocumentUnitOfWork transaction, DocumentActionCommand command, EmployeeSigningFacts employee, CancellationToken cancellationToken)
    {
        var loaded = await LoadedRoute.LoadAsync(transaction, command.DocumentId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (instance, document) = loaded.Value;
        if (document.OwnerProfileId != employee.ProfileId || document.Kind != DocumentKind.ExternalOutgoing || document.Counterparty is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Outgoing document {document.Id} was not found.");
        }

        if (!document.CanEdit(employee.EmployeeId))
        {
            return new Error(FlowErrorCodes.NotAllowed, $"Employee {employee.EmployeeId} is neither the author nor an editor of document {document.Id}.");
        }

        if (document.Status is not (DocumentStatus.SignedAndSent or DocumentStatus.Delivered or DocumentStatus.ViewedByCounterparty))
        {
            return new Error(DocumentErrorCodes.WrongStatusForAction, $"Document {document.Id} is {document.Status}; a reminder is sent only while the counterparty has not answered.");
        }

        var actor = new ActorSnapshot(employee.EmployeeId, employee.FullName, employee.Iin);
        var reminded = instance.OpenBookmarks.Any(open => open.Kind == DocumentBookmarkKinds.Dispatch)
            ? await progress.AdvanceAsync(transaction, document, instance, actor, command.IpAddress, cancellationToken)
            : await RemindAsync(transaction, document, actor, command.IpAddress, cancellationToken);
        if (!reminded.IsSuccess)
        {
            return reminded.Error;
        }

        var status = document.Status;
        var updated = await transaction.Documents.UpdateAsync(document, cancellationToken);
        return updated.IsSuccess ? new StepOutcome(document.Id, status, Replayed: false) : updated.Error;
    }

    private async Task<Result> RemindAsync(IDocumentUnitOfWork transaction, Document document, ActorSnapshot actor, string? ipAddress, CancellationToken cancellationToken)
    {
        var sender = await profiles.FindAsync(document.OwnerProfileId, cancellationToken);
        if (sender is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"The sending profile {document.OwnerProfileId} of document {document.Id} was not found.");
        }

        foreach (var waiting in document.Counterparties.Where(party => !party.HasAnswered))
        {
            var reminded = await RemindOneAsync(transaction, document, waiting.Party, sender, actor, ipAddress, cancellationToken);
            if (!reminded.IsSuccess)
            {
                return reminded;
            }
        }

        return Result.Success();
    }

    private async Task<Result> RemindOneAsync(
        IDocumentUnitOfWork transaction,
        Document document,
        Counterparty counterparty,
        ProfileFacts sender,
        ActorSnapshot actor,
        string? ipAddress,
        CancellationToken cancellationToken)
    {
        if (counterparty.Kind == CounterpartyIdentifierKind.Email)
        {
            var sent = await dispatch.SendLinkAsync(transaction, document, counterparty, sender, actor, PassportEventType.Reminded, cancellationToken);
            return sent.IsSuccess ? Result.Success() : sent.Error;
        }

        var receiverId = await directory.FindProfileAsync(counterparty.Kind, counterparty.Identifier, cancellationToken);
        var receiver = receiverId is { } id ? await profiles.FindAsync(id, cancellationToken) : null;
        if (receiver?.Email is null)
        {
            return new Error(
                DispatchErrorCodes.CounterpartyUnreachable,
                $"Counterparty {counterparty.Name} of document {document.Id} has no email in its profile; contact it another way.");
        }

        transaction.EnqueueMessage(DocumentMail.OutboxType, new DocumentMail
        {
            Template = DocumentMailTemplate.Reminder,
            DocumentId = document.Id,
            RecipientEmail = receiver.Email,
            RecipientName = receiver.Name,
            Language = receiver.Language,
            Values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [DocumentMailValues.SenderName] = sender.Name,
                [DocumentMailValues.Title] = document.Title,
                [DocumentMailValues.Number] = document.Number,
            },
        });
        return await FlowPassport.WriteAsync(
            transaction, document.Id, PassportEventType.Reminded, actor, clock.GetUtcNow(), ipAddress,
            JsonSerializer.Serialize(new { recipientProfile = receiver.ProfileId }), cancellationToken);
    }
}
