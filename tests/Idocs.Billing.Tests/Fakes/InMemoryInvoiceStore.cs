using Idocs.Billing.Invoices;
using Idocs.Billing.Periods;

namespace Idocs.Billing.Tests.Fakes;

/// <summary>
/// Invoices with the unique key (company id, period) like the database table. A test can hold
/// inserts at a barrier so that concurrent issuers all pass their existence check before any of
/// them inserts, which is the race two nodes run.
/// </summary>
public sealed class InMemoryInvoiceStore : IInvoiceStore
{
    private readonly VersionedTable<Guid, Invoice> _table = new(invoice => invoice.Id, invoice => invoice.Copy());

    public Barrier? InsertBarrier { get; set; }

    public Task<bool> TryAddAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        InsertBarrier?.SignalAndWait(TimeSpan.FromSeconds(10), cancellationToken);
        return Task.FromResult(_table.TryAdd(
            invoice,
            (stored, added) => stored.CompanyId == added.CompanyId && stored.Period == added.Period));
    }

    public Task<Invoice?> FindAsync(Guid companyId, BillingPeriod period, CancellationToken cancellationToken) =>
        Task.FromResult(_table.Where(invoice => invoice.CompanyId == companyId && invoice.Period == period).SingleOrDefault());

    public Task<Invoice?> FindByIdAsync(Guid invoiceId, CancellationToken cancellationToken) =>
        Task.FromResult(_table.Find(invoiceId));

    public Task<IReadOnlyList<Invoice>> ListAsync(Guid companyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Invoice>>(
            _table.Where(invoice => invoice.CompanyId == companyId).OrderByDescending(invoice => invoice.Period).ToList());

    public Task<bool> TrySaveAsync(Invoice invoice, CancellationToken cancellationToken) =>
        Task.FromResult(_table.TrySave(invoice));

    public IReadOnlyList<Invoice> All() => _table.Where(_ => true);
}
