using Idocs.Common.Results;
using Idocs.PrintForms.Retention;

namespace Idocs.PrintForms.Archives.Bulk;

/// <summary>
/// Queues a bulk export of all of a profile's documents for a worker to write. Allowed while the
/// contract runs and during the read-only year after it ends, which is what that year is for.
/// </summary>
public sealed class StartCompanyExport(ICompanyExportStore exports, RetentionPolicy retention, TimeProvider clock)
{
    /// <param name="ownerProfileId">The profile whose documents are exported; the caller has checked the requester acts for it.</param>
    /// <param name="requestedBy">The employee who asked.</param>
    /// <param name="terminatedAt">When the profile's contract ended, or null while it runs.</param>
    /// <param name="cancellationToken">Cancels the store's write.</param>
    public async Task<Result<CompanyExport>> StartAsync(
        Guid ownerProfileId, Guid requestedBy, DateTimeOffset? terminatedAt, CancellationToken cancellationToken)
    {
        var allowed = retention.CanDownload(terminatedAt);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        var export = new CompanyExport
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            OwnerProfileId = ownerProfileId,
            RequestedBy = requestedBy,
            RequestedAt = clock.GetUtcNow(),
        };
        await exports.AddAsync(export, cancellationToken).ConfigureAwait(false);
        return export;
    }
}
