using Idocs.Common.Results;
using Idocs.PrintForms.Archives.Bulk;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Exports;

/// <summary>
/// Bulk exports in the relational store. A claim is a conditional update (queued to running) on
/// one row, so two workers on two nodes never run the same export: the loser's update matches
/// no row and it tries the next candidate.
/// </summary>
public sealed class EntityFrameworkCompanyExportStore(IdocsDbContext db) : ICompanyExportStore
{
    private const int MaxClaimAttempts = 5;

    public async Task AddAsync(CompanyExport export, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(export);
        db.Set<CompanyExport>().Add(export);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(export).State = EntityState.Detached;
    }

    public Task<CompanyExport?> FindAsync(Guid exportId, CancellationToken cancellationToken) =>
        db.Set<CompanyExport>().AsNoTracking().SingleOrDefaultAsync(export => export.Id == exportId, cancellationToken);

    public async Task<CompanyExport?> ClaimNextAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxClaimAttempts; attempt++)
        {
            var candidate = await db.Set<CompanyExport>().AsNoTracking()
                .Where(export => export.Status == CompanyExportStatus.Queued)
                .OrderBy(export => export.RequestedAt)
                .Select(export => (Guid?)export.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (candidate is null)
            {
                return null;
            }

            var claimed = await db.Set<CompanyExport>()
                .Where(export => export.Id == candidate && export.Status == CompanyExportStatus.Queued)
                .ExecuteUpdateAsync(
                    setters => setters
                        .SetProperty(export => export.Status, CompanyExportStatus.Running)
                        .SetProperty(export => export.StartedAt, now)
                        .SetProperty(export => EF.Property<long>(export, ConcurrencyVersion.PropertyName), export => EF.Property<long>(export, ConcurrencyVersion.PropertyName) + 1),
                    cancellationToken);
            if (claimed == 1)
            {
                return await FindAsync(candidate.Value, cancellationToken);
            }
        }

        return null;
    }

    public async Task<Result> UpdateAsync(CompanyExport export, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(export);
        var updated = await db.Set<CompanyExport>()
            .Where(row => row.Id == export.Id)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(row => row.Status, export.Status)
                    .SetProperty(row => row.TotalDocuments, export.TotalDocuments)
                    .SetProperty(row => row.ProcessedDocuments, export.ProcessedDocuments)
                    .SetProperty(row => row.FailedDocuments, export.FailedDocuments)
                    .SetProperty(row => row.StartedAt, export.StartedAt)
                    .SetProperty(row => row.CompletedAt, export.CompletedAt)
                    .SetProperty(row => row.ArchiveSize, export.ArchiveSize)
                    .SetProperty(row => row.ArchiveSha256, export.ArchiveSha256)
                    .SetProperty(row => row.Error, Truncate(export.Error))
                    .SetProperty(row => EF.Property<long>(row, ConcurrencyVersion.PropertyName), row => EF.Property<long>(row, ConcurrencyVersion.PropertyName) + 1),
                cancellationToken);
        return updated == 1
            ? Result.Success()
            : Result.Failure(CommonErrorCodes.NotFound, $"Bulk export {export.Id} was not found.");
    }

    private static string? Truncate(string? error) =>
        error is { Length: > CompanyExportConfiguration.MaxErrorLength } ? error[..CompanyExportConfiguration.MaxErrorLength] : error;
}
