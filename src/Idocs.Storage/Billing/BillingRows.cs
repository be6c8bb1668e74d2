using Idocs.Billing.CustomPlans;
using Idocs.Billing.Invoices;
using Idocs.Billing.Plans;

namespace Idocs.Storage.Billing;

/// <summary>
/// One company's billing account. The plan timeline and the extra contacts are JSON, because they
/// are always read and written with the account and never queried on their own.
/// </summary>
internal sealed class BillingAccountRow
{
    public Guid CompanyId { get; set; }

    public required string TimeZoneId { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public DateTimeOffset TrialEndsAt { get; set; }

    public required string TermsJson { get; set; }

    public required string BillingContactsJson { get; set; }
}

/// <summary>The head of a price list version. Its prices are in the child rows.</summary>
internal sealed class PriceListRow
{
    public Guid Id { get; set; }

    public int PriceListVersion { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public Guid PublishedBy { get; set; }
}

internal sealed class PlanPriceRow
{
    public Guid PriceListId { get; set; }

    public PlanCode Plan { get; set; }

    public decimal MonthlyFee { get; set; }

    public decimal PricePerExternalDocument { get; set; }

    public int? MaxMassActionSize { get; set; }

    public bool Designer { get; set; }

    public bool ApiAccess { get; set; }
}

internal sealed class FeaturePriceRow
{
    public Guid PriceListId { get; set; }

    public PlanFeature Feature { get; set; }

    public decimal Price { get; set; }
}

internal sealed class StoragePackageRow
{
    public Guid PriceListId { get; set; }

    public required string Code { get; set; }

    public long SizeBytes { get; set; }

    public decimal MonthlyFee { get; set; }
}

/// <summary>One billable unit. (DocumentId, FileId) is unique, so a retried dispatch inserts nothing.</summary>
internal sealed class MeteredUnitRow
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public Guid DocumentId { get; set; }

    public Guid FileId { get; set; }

    public DateTimeOffset SentAt { get; set; }

    public DateOnly LocalDate { get; set; }

    public int PeriodYear { get; set; }

    public int PeriodMonth { get; set; }
}

/// <summary>An invoice. (CompanyId, PeriodYear, PeriodMonth) is unique, which makes issuing exactly-once.</summary>
internal sealed class InvoiceRow
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public int PeriodYear { get; set; }

    public int PeriodMonth { get; set; }

    public required string TimeZoneId { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>The sum of the lines, kept for listings. The domain recomputes it from the lines.</summary>
    public decimal Total { get; set; }

    public InvoiceStatus Status { get; set; }

    public DateOnly? PaidOn { get; set; }

    public string? PaymentReference { get; set; }

    public Guid? PaymentMarkedBy { get; set; }

    public DateTimeOffset? PaymentMarkedAt { get; set; }
}

internal sealed class InvoiceLineRow
{
    public Guid InvoiceId { get; set; }

    public int LineNumber { get; set; }

    public InvoiceLineKind Kind { get; set; }

    public PlanCode? Plan { get; set; }

    public Guid? SubscriptionTermId { get; set; }

    public string? StoragePackageCode { get; set; }

    public int PriceListVersion { get; set; }

    public DateOnly ServiceFrom { get; set; }

    public DateOnly ServiceTo { get; set; }

    public int Quantity { get; set; }

    public decimal UnitPrice { get; set; }

    public decimal Amount { get; set; }
}

/// <summary>The document and file behind one unit of an invoice line.</summary>
internal sealed class InvoiceUnitRow
{
    public Guid InvoiceId { get; set; }

    public int LineNumber { get; set; }

    public Guid DocumentId { get; set; }

    public Guid FileId { get; set; }

    public DateTimeOffset SentAt { get; set; }
}

internal sealed class CustomPlanRequestRow
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    /// <summary>The chosen features as a comma-separated list of <see cref="PlanFeature"/> names.</summary>
    public required string Features { get; set; }

    public int? MaxMassActionSize { get; set; }

    public string? StoragePackageCode { get; set; }

    public Guid RequestedBy { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public CustomPlanRequestStatus Status { get; set; }

    public Guid? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public DateOnly? StartsOn { get; set; }

    public string? RejectionReason { get; set; }
}

/// <summary>A billing email already queued, keyed by its idempotency key, so each is queued once.</summary>
internal sealed class BillingEmailKeyRow
{
    public required string Key { get; set; }

    public Guid CompanyId { get; set; }

    public DateTimeOffset QueuedAt { get; set; }
}
