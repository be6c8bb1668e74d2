using Idocs.Billing.Invoices;
using Idocs.Billing.Money;
using Idocs.Billing.Periods;
using Idocs.Storage.Billing.Email;
using Idocs.Storage.Outbox;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Billing;

/// <summary>
/// Invoices in the relational store. The unique index on (company, period) makes issuing
/// exactly-once across runs and nodes. The insert also queues the "invoice issued" email in the
/// same transaction, so an issued invoice always gets its email and a rejected duplicate never does.
/// </summary>
public sealed class EntityFrameworkInvoiceStore(DbContextOptions<IdocsDbContext> options, TimeProvider clock) : IInvoiceStore
{
    private static readonly LoadedVersions<Invoice> Versions = new();

    public async Task<bool> TryAddAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        await using var context = new IdocsDbContext(options);
        context.Add(new InvoiceRow
        {
            Id = invoice.Id,
            CompanyId = invoice.CompanyId,
            PeriodYear = invoice.Period.Year,
            PeriodMonth = invoice.Period.Month,
            TimeZoneId = invoice.TimeZoneId,
            IssuedAt = invoice.IssuedAt.ToUniversalTime(),
            Total = invoice.Total.Amount,
            Status = invoice.Status,
            PaidOn = invoice.PaidOn,
            PaymentReference = invoice.PaymentReference,
            PaymentMarkedBy = invoice.PaymentMarkedBy,
            PaymentMarkedAt = invoice.PaymentMarkedAt?.ToUniversalTime(),
        });
        for (var index = 0; index < invoice.Lines.Count; index++)
        {
            AddLine(context, invoice.Id, index + 1, invoice.Lines[index]);
        }

        new EntityFrameworkOutbox(context, clock).Enqueue(
            BillingEmailRequest.MessageType,
            new BillingEmailRequest(BillingEmailKind.InvoiceIssued, invoice.CompanyId, invoice.Id, null));

        var saved = await context.TrySaveChangesAsync(cancellationToken);
        if (!saved.IsSuccess)
        {
            return saved.Error.Code == StorageErrorCodes.UniqueViolation
                ? false
                : throw new InvalidOperationException(
                    $"Adding the invoice of company {invoice.CompanyId} for {invoice.Period} failed: {saved.Error.Message}");
        }

        Versions.Remember(invoice, 1L);
        return true;
    }

    public async Task<Invoice?> FindAsync(Guid companyId, BillingPeriod period, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var ids = await context.Set<InvoiceRow>().AsNoTracking()
            .Where(row => row.CompanyId == companyId && row.PeriodYear == period.Year && row.PeriodMonth == period.Month)
            .Select(row => row.Id)
            .ToListAsync(cancellationToken);
        return ids.Count == 0 ? null : (await LoadAsync(context, ids, cancellationToken)).Single();
    }

    public async Task<Invoice?> FindByIdAsync(Guid invoiceId, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        return (await LoadAsync(context, [invoiceId], cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<Invoice>> ListAsync(Guid companyId, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var ids = await context.Set<InvoiceRow>().AsNoTracking()
            .Where(row => row.CompanyId == companyId)
            .Select(row => row.Id)
            .ToListAsync(cancellationToken);
        var invoices = await LoadAsync(context, ids, cancellationToken);
        return invoices.OrderByDescending(invoice => invoice.Period).ToList();
    }

    public async Task<bool> TrySaveAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var expected = Versions.Get(invoice);
        var markedAt = invoice.PaymentMarkedAt?.ToUniversalTime();

        await using var context = new IdocsDbContext(options);
        var updated = await context.Set<InvoiceRow>()
            .Where(row => row.Id == invoice.Id && EF.Property<long>(row, ConcurrencyVersion.PropertyName) == expected)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(row => row.Status, invoice.Status)
                    .SetProperty(row => row.PaidOn, invoice.PaidOn)
                    .SetProperty(row => row.PaymentReference, invoice.PaymentReference)
                    .SetProperty(row => row.PaymentMarkedBy, invoice.PaymentMarkedBy)
                    .SetProperty(row => row.PaymentMarkedAt, markedAt)
                    .SetProperty(row => EF.Property<long>(row, ConcurrencyVersion.PropertyName), expected + 1),
                cancellationToken);
        if (updated == 0)
        {
            return false;
        }

        Versions.Remember(invoice, expected + 1);
        return true;
    }

    private static void AddLine(IdocsDbContext context, Guid invoiceId, int lineNumber, InvoiceLine line)
    {
        context.Add(new InvoiceLineRow
        {
            InvoiceId = invoiceId,
            LineNumber = lineNumber,
            Kind = line.Kind,
            Plan = line.Plan,
            SubscriptionTermId = line.SubscriptionTermId,
            StoragePackageCode = line.StoragePackageCode,
            PriceListVersion = line.PriceListVersion,
            ServiceFrom = line.ServiceFrom,
            ServiceTo = line.ServiceTo,
            Quantity = line.Quantity,
            UnitPrice = line.UnitPrice.Amount,
            Amount = line.Amount.Amount,
        });
        foreach (var unit in line.Units)
        {
            context.Add(new InvoiceUnitRow
            {
                InvoiceId = invoiceId,
                LineNumber = lineNumber,
                DocumentId = unit.DocumentId,
                FileId = unit.FileId,
                SentAt = unit.SentAt.ToUniversalTime(),
            });
        }
    }

    private static async Task<List<Invoice>> LoadAsync(IdocsDbContext context, List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var heads = await context.Set<InvoiceRow>().AsNoTracking()
            .Where(row => ids.Contains(row.Id))
            .Select(row => new { Row = row, Version = EF.Property<long>(row, ConcurrencyVersion.PropertyName) })
            .ToListAsync(cancellationToken);
        var lines = await context.Set<InvoiceLineRow>().AsNoTracking()
            .Where(row => ids.Contains(row.InvoiceId))
            .ToListAsync(cancellationToken);
        var units = await context.Set<InvoiceUnitRow>().AsNoTracking()
            .Where(row => ids.Contains(row.InvoiceId))
            .ToListAsync(cancellationToken);

        var invoices = new List<Invoice>(heads.Count);
        foreach (var head in heads)
        {
            var row = head.Row;
            var invoiceLines = lines
                .Where(line => line.InvoiceId == row.Id)
                .OrderBy(line => line.LineNumber)
                .Select(line => ToLine(line, units.Where(unit => unit.InvoiceId == row.Id && unit.LineNumber == line.LineNumber)));
            var invoice = Invoice.Restore(
                row.Id,
                row.CompanyId,
                new BillingPeriod(row.PeriodYear, row.PeriodMonth),
                row.TimeZoneId,
                row.IssuedAt,
                invoiceLines,
                row.Status,
                row.PaidOn,
                row.PaymentReference,
                row.PaymentMarkedBy,
                row.PaymentMarkedAt);
            Versions.Remember(invoice, head.Version);
            invoices.Add(invoice);
        }

        return invoices;
    }

    private static InvoiceLine ToLine(InvoiceLineRow line, IEnumerable<InvoiceUnitRow> units) =>
        new(
            line.Kind,
            line.Plan,
            line.SubscriptionTermId,
            line.StoragePackageCode,
            line.PriceListVersion,
            line.ServiceFrom,
            line.ServiceTo,
            line.Quantity,
            Tenge.Of(line.UnitPrice),
            Tenge.Of(line.Amount),
            units.OrderBy(unit => unit.SentAt).Select(unit => new BilledUnit(unit.DocumentId, unit.FileId, unit.SentAt)).ToList());
}
