using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Tenancy;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Documents;

/// <summary>
/// Documents in the relational store. Reads see the current profile's documents only (the tenant
/// query filter, checked again here); an update checks the document's version against the stored
/// one, so of two actions based on the same read, the second gets <c>common.concurrency_conflict</c>.
/// </summary>
public sealed class EntityFrameworkDocumentStore(IdocsDbContext dbContext, TimeProvider clock) : IDocumentStore
{
    private const string EntityName = "document";

    public async Task<Result> AddAsync(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);

        var owner = RequireOwnProfile(document);
        if (!owner.IsSuccess)
        {
            return owner;
        }

        var idTaken = await dbContext.Set<DocumentRow>()
            .IgnoreQueryFilters([TenantQueryFilter.FilterName])
            .AnyAsync(row => row.Id == document.Id, cancellationToken);
        if (idTaken)
        {
            return Result.Failure(CommonErrorCodes.InvalidInput, $"Document {document.Id} already exists; create the document with a new id.");
        }

        dbContext.Set<DocumentRow>().Add(DocumentRowMapper.ToRow(document, clock.GetUtcNow()));
        var saved = await dbContext.SaveDocumentRowsAsync(cancellationToken);
        if (saved.IsSuccess || saved.Error.Code != StorageErrorCodes.UniqueViolation)
        {
            return saved;
        }

        return Result.Failure(
            CommonErrorCodes.InvalidInput,
            $"Number '{document.Number}' is already used by another {document.Kind} document of this profile; choose another number.");
    }

    public async Task<Result<int>> UpdateAsync(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);

        var row = await LoadAsync(document.Id, cancellationToken);
        if (row is null)
        {
            return TenantGuard.NotFound(EntityName, document.Id);
        }

        var version = dbContext.Entry(row).Property<long>(ConcurrencyVersion.PropertyName);
        if (version.CurrentValue != document.Version)
        {
            dbContext.DetachDocumentRows();
            return Conflict(document.Id, $"it is at version {version.CurrentValue}, not {document.Version}");
        }

        DocumentRowMapper.CopyTo(document, row, clock.GetUtcNow());

        // The root row is always written, also when only a child row changed, so that its version
        // moves and the WHERE version = @expected check guards the whole aggregate.
        dbContext.Entry(row).State = EntityState.Modified;
        version.OriginalValue = document.Version;
        var saved = await dbContext.SaveDocumentRowsAsync(cancellationToken);
        if (saved.IsSuccess)
        {
            return document.Version + 1;
        }

        return DocumentRowTracking.IsConflict(saved.Error)
            ? Conflict(document.Id, saved.Error.Message)
            : saved.Error;
    }

    public async Task<Document?> FindAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var row = await LoadAsync(documentId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var version = dbContext.Entry(row).Property<long>(ConcurrencyVersion.PropertyName).CurrentValue;
        dbContext.DetachDocumentRows();
        return DocumentRowMapper.ToDocument(row, version);
    }

    /// <summary>Loads the row with its children, tracked, so that its stored version can be read.</summary>
    private async Task<DocumentRow?> LoadAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var row = await dbContext.Set<DocumentRow>()
            .Include(candidate => candidate.Files)
            .Include(candidate => candidate.Grants)
            .Include(candidate => candidate.Signatures)
            .Include(candidate => candidate.Counterparties)
            .AsSplitQuery()
            .FirstOrDefaultAsync(candidate => candidate.Id == documentId, cancellationToken);

        // The query filter already hides other profiles' rows; this check keeps a row from leaking
        // if a filter is ever switched off for this query.
        var tenant = dbContext.TenantContext;
        if (row is null || tenant is null || !TenantGuard.EnsureOwned(tenant, row.OwnerProfileId, EntityName, documentId).IsSuccess)
        {
            dbContext.DetachDocumentRows();
            return null;
        }

        return row;
    }

    private Result RequireOwnProfile(Document document)
    {
        var tenant = dbContext.TenantContext;
        if (tenant is null)
        {
            throw new InvalidOperationException("The documents store needs a context created with the request's tenant context.");
        }

        var profile = TenantGuard.RequireProfile(tenant);
        if (!profile.IsSuccess)
        {
            return profile.Error;
        }

        if (profile.Value != document.OwnerProfileId)
        {
            throw new InvalidOperationException(
                $"Document {document.Id} of profile {document.OwnerProfileId} was written while the current profile is {profile.Value}; enter the owner's profile first.");
        }

        return Result.Success();
    }

    private static Error Conflict(Guid documentId, string detail) => new(
        CommonErrorCodes.ConcurrencyConflict,
        $"Document {documentId} was changed by another action after it was read ({detail}); reload it and try again.");
}
