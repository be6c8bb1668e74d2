using Idocs.Billing.Money;
using Idocs.Billing.Plans;

namespace Idocs.Billing.Invoices;

/// <summary>
/// One charge of an invoice, with the price list version it was priced by and, for documents, the
/// units that caused it.
/// </summary>
/// <param name="Kind">What is charged.</param>
/// <param name="Plan">The plan in force, or null for documents sent without a plan (during the free trial).</param>
/// <param name="SubscriptionTermId">
/// For fee lines, the <see cref="Subscriptions.SubscriptionTerm"/> that put the plan or package in
/// force, which names who requested it and when. Null for document lines.
/// </param>
/// <param name="StoragePackageCode">The storage package, for <see cref="InvoiceLineKind.StoragePackage"/> lines.</param>
/// <param name="PriceListVersion">The price list version of the prices.</param>
/// <param name="ServiceFrom">The first local date of service the line covers.</param>
/// <param name="ServiceTo">The last local date of service the line covers (inclusive).</param>
/// <param name="Quantity">Days of service for fee lines; units sent for document lines.</param>
/// <param name="UnitPrice">The monthly fee for fee lines; the price per unit for document lines.</param>
/// <param name="Amount">
/// For document lines, <paramref name="UnitPrice"/> × <paramref name="Quantity"/>. For fee lines, the
/// monthly fee × days ÷ days in the month, rounded half away from zero to whole tiyn (the full fee
/// when the line covers the whole month).
/// </param>
/// <param name="Units">The documents and files behind a document line; empty for fee lines.</param>
public sealed record InvoiceLine(
    InvoiceLineKind Kind,
    PlanCode? Plan,
    Guid? SubscriptionTermId,
    string? StoragePackageCode,
    int PriceListVersion,
    DateOnly ServiceFrom,
    DateOnly ServiceTo,
    int Quantity,
    Tenge UnitPrice,
    Tenge Amount,
    IReadOnlyList<BilledUnit> Units);
