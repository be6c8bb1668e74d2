using Idocs.Common.Results;
using Idocs.Documents.Folders;
using Idocs.Documents.Tenancy;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Documents;

/// <summary>Folders of the current profile; a name is unique per parent ignoring case.</summary>
public sealed class EntityFrameworkFolderStore(IdocsDbContext dbContext) : IFolderStore
{
    private const string EntityName = "folder";

    public async Task<Result> AddAsync(Folder folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);

        var tenant = dbContext.TenantContext
            ?? throw new InvalidOperationException("The folder store needs a context created with the request's tenant context.");
        var profile = TenantGuard.RequireProfile(tenant);
        if (!profile.IsSuccess)
        {
            return profile.Error;
        }

        if (profile.Value != folder.OwnerProfileId)
        {
            throw new InvalidOperationException(
                $"Folder {folder.Id} of profile {folder.OwnerProfileId} was written while the current profile is {profile.Value}.");
        }

        if (folder.ParentId is { } parentId && !await dbContext.Set<FolderRow>().AnyAsync(row => row.Id == parentId, cancellationToken))
        {
            return TenantGuard.NotFound("parent folder", parentId);
        }

        dbContext.Set<FolderRow>().Add(DocumentRowMapper.ToRow(folder));
        var saved = await dbContext.SaveDocumentRowsAsync(cancellationToken);
        return saved.IsSuccess || saved.Error.Code != StorageErrorCodes.UniqueViolation
            ? saved
            : Result.Failure(FolderErrorCodes.DuplicateName, $"A folder named '{folder.Name}' already exists here; choose another name.");
    }

    public async Task<Folder?> FindAsync(Guid folderId, CancellationToken cancellationToken)
    {
        var row = await dbContext.Set<FolderRow>().AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == folderId, cancellationToken);
        var tenant = dbContext.TenantContext;
        if (row is null || tenant is null || !TenantGuard.EnsureOwned(tenant, row.OwnerProfileId, EntityName, folderId).IsSuccess)
        {
            return null;
        }

        return DocumentRowMapper.ToFolder(row);
    }
}
