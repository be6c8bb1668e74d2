using Idocs.Billing.Actors;
using Idocs.Common.Results;
using Microsoft.Extensions.Logging;

namespace Idocs.Billing.Invoices;

/// <summary>Marks an invoice as paid; platform staff only, after they see the payment arrive.</summary>
public sealed class MarkInvoicePaid(IInvoiceStore invoices, TimeProvider clock, ILogger<MarkInvoicePaid> logger)
{
    public const int MaxPaymentReferenceLength = 200;

    public async Task<Result<Invoice>> RunAsync(
        BillingActor actor, Guid invoiceId, DateOnly paidOn, string? paymentReference, CancellationToken cancellationToken)
    {
        var permission = BillingPermissions.RequirePlatformStaff(actor, "mark an invoice as paid");
        if (!permission.IsSuccess)
        {
            return permission.Error;
        }

        var reference = string.IsNullOrWhiteSpace(paymentReference) ? null : paymentReference.Trim();
        if (reference?.Length > MaxPaymentReferenceLength)
        {
            return new Error(
                CommonErrorCodes.InvalidInput,
                $"The payment reference has {reference.Length} characters; shorten it to at most {MaxPaymentReferenceLength}.");
        }

        var invoice = await invoices.FindByIdAsync(invoiceId, cancellationToken).ConfigureAwait(false);
        if (invoice is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"The invoice {invoiceId} was not found; check the invoice id.");
        }

        var marked = invoice.MarkPaid(paidOn, reference, actor.UserId, clock.GetUtcNow());
        if (!marked.IsSuccess)
        {
            return marked.Error;
        }

        if (!await invoices.TrySaveAsync(invoice, cancellationToken).ConfigureAwait(false))
        {
            return new Error(
                CommonErrorCodes.ConcurrencyConflict,
                $"The invoice {invoiceId} was changed by someone else; reload it and check whether it is already paid.");
        }

        logger.LogInformation("Invoice {InvoiceId} marked as paid by {UserId}", invoiceId, actor.UserId);
        return invoice;
    }
}
