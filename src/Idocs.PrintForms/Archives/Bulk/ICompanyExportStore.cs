using Idocs.Common.Results;

namespace Idocs.PrintForms.Archives.Bulk;

/// <summary>
/// Stores bulk exports and their progress. <see cref="ClaimNextAsync"/> hands each queued export
/// to exactly one worker, even with several web nodes.
/// </summary>
public interface ICompanyExportStore
{
    Task AddAsync(CompanyExport export, CancellationToken cancellationToken);

    Task<CompanyExport?> FindAsync(Guid exportId, CancellationToken cancellationToken);

    /// <summary>Marks the oldest queued export as running, started at <paramref name="now"/>, and returns it; null when none is queued.</summary>
    Task<CompanyExport?> ClaimNextAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Saves progress or the outcome of an export the caller has claimed.</summary>
    Task<Result> UpdateAsync(CompanyExport export, CancellationToken cancellationToken);
}
