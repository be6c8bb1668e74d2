using Idocs.Billing.Metering;
using Idocs.Billing.Periods;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Billing;

/// <summary>
/// Billable units in the relational store. The unique index on (document id, file id) rejects the
/// second insert of a retried dispatch, which <see cref="TryAddAsync"/> reports as false.
/// </summary>
public sealed class EntityFrameworkMeteredUnitStore(DbContextOptions<IdocsDbContext> options) : IMeteredUnitStore
{
    public async Task<bool> TryAddAsync(MeteredUnit unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        await using var context = new IdocsDbContext(options);
        context.Add(new MeteredUnitRow
        {
            Id = unit.Id,
            CompanyId = unit.CompanyId,
            DocumentId = unit.DocumentId,
            FileId = unit.FileId,
            SentAt = unit.SentAt.ToUniversalTime(),
            LocalDate = unit.LocalDate,
            PeriodYear = unit.Period.Year,
            PeriodMonth = unit.Period.Month,
        });
        var saved = await context.TrySaveChangesAsync(cancellationToken);
        if (saved.IsSuccess)
        {
            return true;
        }

        return saved.Error.Code == StorageErrorCodes.UniqueViolation
            ? false
            : throw new InvalidOperationException($"Recording a unit of document {unit.DocumentId} failed: {saved.Error.Message}");
    }

    public async Task<IReadOnlyList<MeteredUnit>> ListAsync(Guid companyId, BillingPeriod period, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var rows = await context.Set<MeteredUnitRow>().AsNoTracking()
            .Where(row => row.CompanyId == companyId && row.PeriodYear == period.Year && row.PeriodMonth == period.Month)
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(row => row.SentAt)
            .Select(row => new MeteredUnit(
                row.Id, row.CompanyId, row.DocumentId, row.FileId, row.SentAt, row.LocalDate, new BillingPeriod(row.PeriodYear, row.PeriodMonth)))
            .ToList();
    }
}
