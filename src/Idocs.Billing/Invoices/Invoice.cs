using Idocs.Billing.Money;
using Idocs.Billing.Periods;
using Idocs.Common.Results;

namespace Idocs.Billing.Invoices;

/// <summary>
/// A company's invoice for one billing period. <see cref="IInvoiceStore"/> must keep (company,
/// period) unique, so that a repeated run or a second node cannot issue a second invoice.
/// </summary>
public sealed class Invoice
{
    private readonly List<InvoiceLine> _lines;

    private Invoice(Guid id, Guid companyId, BillingPeriod period, string timeZoneId, DateTimeOffset issuedAt, List<InvoiceLine> lines)
    {
        Id = id;
        CompanyId = companyId;
        Period = period;
        TimeZoneId = timeZoneId;
        IssuedAt = issuedAt;
        _lines = lines;
        Total = Tenge.Sum(lines.Select(line => line.Amount));
    }

    public Guid Id { get; }

    public Guid CompanyId { get; }

    public BillingPeriod Period { get; }

    /// <summary>The company's time zone when the invoice was issued; the period's dates are in it.</summary>
    public string TimeZoneId { get; }

    public DateTimeOffset IssuedAt { get; }

    public IReadOnlyList<InvoiceLine> Lines => _lines;

    /// <summary>The sum of the line amounts; no further rounding.</summary>
    public Tenge Total { get; }

    public InvoiceStatus Status { get; private set; }

    /// <summary>The date the payment arrived, as entered by staff.</summary>
    public DateOnly? PaidOn { get; private set; }

    /// <summary>The payment document's reference, for example the bank order number.</summary>
    public string? PaymentReference { get; private set; }

    public Guid? PaymentMarkedBy { get; private set; }

    public DateTimeOffset? PaymentMarkedAt { get; private set; }

    public static Invoice Issue(
        Guid id, Guid companyId, BillingPeriod period, string timeZoneId, DateTimeOffset issuedAt, IEnumerable<InvoiceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new Invoice(id, companyId, period, timeZoneId, issuedAt, lines.ToList());
    }

    /// <summary>Rebuilds an invoice that storage loaded, with its payment state as saved.</summary>
    public static Invoice Restore(
        Guid id,
        Guid companyId,
        BillingPeriod period,
        string timeZoneId,
        DateTimeOffset issuedAt,
        IEnumerable<InvoiceLine> lines,
        InvoiceStatus status,
        DateOnly? paidOn,
        string? paymentReference,
        Guid? paymentMarkedBy,
        DateTimeOffset? paymentMarkedAt)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new Invoice(id, companyId, period, timeZoneId, issuedAt, lines.ToList())
        {
            Status = status,
            PaidOn = paidOn,
            PaymentReference = paymentReference,
            PaymentMarkedBy = paymentMarkedBy,
            PaymentMarkedAt = paymentMarkedAt,
        };
    }

    /// <summary>Returns a detached copy, as a fresh load from storage would; used by in-memory stores in tests.</summary>
    internal Invoice Copy() =>
        new(Id, CompanyId, Period, TimeZoneId, IssuedAt, _lines.ToList())
        {
            Status = Status,
            PaidOn = PaidOn,
            PaymentReference = PaymentReference,
            PaymentMarkedBy = PaymentMarkedBy,
            PaymentMarkedAt = PaymentMarkedAt,
        };

    public Result MarkPaid(DateOnly paidOn, string? paymentReference, Guid markedBy, DateTimeOffset now)
    {
        if (Status == InvoiceStatus.Paid)
        {
            return Result.Failure(
                BillingErrorCodes.InvoiceAlreadyPaid,
                $"The invoice {Id} for {Period} is already marked as paid on {PaidOn:yyyy-MM-dd}; nothing was changed.");
        }

        Status = InvoiceStatus.Paid;
        PaidOn = paidOn;
        PaymentReference = paymentReference;
        PaymentMarkedBy = markedBy;
        PaymentMarkedAt = now;
        return Result.Success();
    }
}
