using Idocs.Billing.Periods;

namespace Idocs.Billing.Invoices;

/// <summary>
/// Persists invoices. Storage enforces a unique (company id, period), the idempotency key of
/// issuing, and optimistic concurrency when a payment is marked.
/// </summary>
public interface IInvoiceStore
{
    /// <summary>Inserts an invoice with its lines; returns false when the company already has one for the period.</summary>
    Task<bool> TryAddAsync(Invoice invoice, CancellationToken cancellationToken);

    Task<Invoice?> FindAsync(Guid companyId, BillingPeriod period, CancellationToken cancellationToken);

    Task<Invoice?> FindByIdAsync(Guid invoiceId, CancellationToken cancellationToken);

    /// <summary>Returns the company's invoices, newest period first, for Billing / History.</summary>
    Task<IReadOnlyList<Invoice>> ListAsync(Guid companyId, CancellationToken cancellationToken);

    /// <summary>Saves a loaded invoice; returns false when someone else saved it first.</summary>
    Task<bool> TrySaveAsync(Invoice invoice, CancellationToken cancellationToken);
}
