using Idocs.Common.Results;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Documents;

/// <summary>Saving for the documents stores, which may share a context with the route engine's unit of work.</summary>
internal static class DocumentRowTracking
{
    private static readonly string[] ConflictCodes =
    [
        StorageErrorCodes.ConcurrencyConflict,
        StorageErrorCodes.UniqueViolation,
        StorageErrorCodes.SerializationFailure,
        StorageErrorCodes.Deadlock,
        StorageErrorCodes.LockTimeout,
    ];

    /// <summary>
    /// Saves, then stops tracking the documents tables' rows, whether the save succeeded or not.
    /// Rows of other areas (the engine's instance rows, outbox messages) stay tracked, because a
    /// unit of work that shares this context still saves them at its commit.
    /// </summary>
    public static async Task<Result> SaveDocumentRowsAsync(this IdocsDbContext dbContext, CancellationToken cancellationToken)
    {
        try
        {
            return await dbContext.TrySaveChangesAsync(cancellationToken);
        }
        finally
        {
            dbContext.DetachDocumentRows();
        }
    }

    /// <summary>Stops tracking the documents tables' rows and leaves other rows tracked.</summary>
    public static void DetachDocumentRows(this IdocsDbContext dbContext)
    {
        var entries = dbContext.ChangeTracker.Entries()
            .Where(entry => entry.Entity is DocumentRow or DocumentFileRow or DocumentAccessGrantRow or DocumentSignatureRow or DocumentCounterpartyRow
                or PassportEventRow or PassportHeadRow or LinkTokenRow or FolderRow or DeletionRequestRow or PackageRow)
            .ToList();
        foreach (var entry in entries)
        {
            entry.State = EntityState.Detached;
        }
    }

    /// <summary>Whether a failed save means that a concurrent transaction changed or added the same rows first.</summary>
    public static bool IsConflict(Error error) => ConflictCodes.Contains(error.Code);
}
