namespace Idocs.Billing.Invoices;

/// <summary>What issuing an invoice for one company and period did.</summary>
/// <param name="Status">Issued now, issued before, or nothing to bill.</param>
/// <param name="Invoice">The period's invoice, or null when there was nothing to bill.</param>
public sealed record IssueInvoiceOutcome(IssueInvoiceStatus Status, Invoice? Invoice);
