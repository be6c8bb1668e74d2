using System.Text.Json;
using Idocs.Billing.Contacts;
using Idocs.Billing.Invoices;
using Idocs.Billing.Subscriptions;
using Idocs.Common.Results;
using Idocs.Storage.Outbox;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Idocs.Storage.Billing.Email;

/// <summary>
/// Delivers <see cref="BillingEmailRequest"/> outbox messages: finds the Director, Admins, Moderators
/// and extra billing contacts, writes the Russian email and sends it. The MIME Message-Id is derived
/// from the outbox message id, so a redelivery after a crash can be recognised as a duplicate.
/// </summary>
public sealed class BillingEmailHandler(
    IBillingAccountStore accounts,
    IInvoiceStore invoices,
    IBillingCompanyDirectory directory,
    RenderInvoicePdf renderInvoicePdf,
    BillingMailSender sender,
    ILogger<BillingEmailHandler> logger) : IOutboxHandler
{
    public string MessageType => BillingEmailRequest.MessageType;

    public async Task<Result> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = JsonSerializer.Deserialize<BillingEmailRequest>(message.Payload, BillingJson.Options)
            ?? throw new InvalidOperationException($"The billing email message {message.Id} has an empty payload.");

        var account = await accounts.FindAsync(request.CompanyId, cancellationToken);
        var company = await directory.FindRequisitesAsync(request.CompanyId, cancellationToken);
        if (account is null || company is null)
        {
            return Result.Failure(
                BillingStorageErrorCodes.CompanyNotFound,
                $"The company {request.CompanyId} of billing email {message.Id} has no billing account or profile.");
        }

        var members = await directory.ListMembersAsync(request.CompanyId, cancellationToken);
        var recipients = BillingRecipients.Select(members, account.BillingContacts);
        if (recipients.Count == 0 && !string.IsNullOrWhiteSpace(company.Email))
        {
            recipients = [company.Email];
        }

        if (recipients.Count == 0)
        {
            logger.LogWarning(
                "Billing email {OutboxMessageId} of kind {BillingEmailKind} for company {CompanyId} has no recipients; dropped",
                message.Id,
                request.Kind,
                request.CompanyId);
            return Result.Success();
        }

        var composed = await ComposeAsync(request, account, company, cancellationToken);
        if (!composed.IsSuccess)
        {
            return composed.Error;
        }

        var mail = composed.Value;
        mail.MessageId = $"{message.Id:N}@billing.idocs";
        foreach (var recipient in recipients)
        {
            mail.To.Add(MailboxAddress.Parse(recipient));
        }

        var sent = await sender.SendAsync(mail, cancellationToken);
        if (sent.IsSuccess)
        {
            logger.LogInformation(
                "Billing email {OutboxMessageId} of kind {BillingEmailKind} for company {CompanyId} sent to {RecipientCount} recipients",
                message.Id,
                request.Kind,
                request.CompanyId,
                recipients.Count);
        }

        return sent;
    }

    private async Task<Result<MimeMessage>> ComposeAsync(
        BillingEmailRequest request, BillingAccount account, BillingCompanyRequisites company, CancellationToken cancellationToken)
    {
        var timeZone = account.GetTimeZone();
        switch (request.Kind)
        {
            case BillingEmailKind.TrialEndingSoon:
                return BillingEmailComposer.TrialEndingSoon(company.Name, request.TrialEndsAt ?? account.TrialEndsAt, timeZone);
            case BillingEmailKind.TrialEnded:
                return BillingEmailComposer.TrialEnded(company.Name, request.TrialEndsAt ?? account.TrialEndsAt, timeZone);
            case BillingEmailKind.InvoiceIssued:
                var invoice = request.InvoiceId is { } invoiceId ? await invoices.FindByIdAsync(invoiceId, cancellationToken) : null;
                if (invoice is null)
                {
                    throw new InvalidOperationException($"The invoice {request.InvoiceId} of a billing email does not exist.");
                }

                var pdf = await renderInvoicePdf.RunAsync(invoice, cancellationToken);
                if (!pdf.IsSuccess)
                {
                    return pdf.Error;
                }

                return BillingEmailComposer.InvoiceIssued(company.Name, invoice, pdf.Value);
            default:
                throw new InvalidOperationException($"The billing email kind {request.Kind} is unknown.");
        }
    }
}
