using Idocs.Billing.Periods;
using Idocs.Common.Results;

namespace Idocs.Billing.Invoices;

/// <summary>What one monthly invoice run did, company by company.</summary>
/// <param name="Period">The period invoiced.</param>
/// <param name="Issued">Invoices this run issued.</param>
/// <param name="AlreadyIssued">Companies whose invoice existed already.</param>
/// <param name="NothingToBill">Companies with nothing to bill.</param>
/// <param name="Failures">Companies whose invoice could not be issued, with the reason; a later run retries them.</param>
public sealed record MonthlyInvoiceRun(
    BillingPeriod Period,
    IReadOnlyList<Invoice> Issued,
    int AlreadyIssued,
    int NothingToBill,
    IReadOnlyDictionary<Guid, Error> Failures);
