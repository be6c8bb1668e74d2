namespace Idocs.Billing.Invoices;

/// <summary>The document (and file of a package) that caused one unit of an invoice line.</summary>
public sealed record BilledUnit(Guid DocumentId, Guid FileId, DateTimeOffset SentAt);
