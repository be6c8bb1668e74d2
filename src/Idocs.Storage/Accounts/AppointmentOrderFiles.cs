using Idocs.Common.Ids;
using Idocs.Documents.DirectorChange;
using Idocs.Storage.Files;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Accounts;

/// <summary>Records appointment order files kept in the file store and finds their content key again.</summary>
public sealed class AppointmentOrderFiles(IdocsDbContext dbContext, TimeProvider clock)
{
    /// <summary>Records a stored file for <paramref name="profileId"/> and returns the reference a director change request keeps.</summary>
    public async Task<AppointmentOrderFile> AddAsync(
        Guid profileId,
        StoredFile stored,
        string fileName,
        string contentType,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var row = new AppointmentOrderFileRow
        {
            FileId = IdGenerator.NewId(clock),
            ProfileId = profileId,
            Sha256 = stored.Sha256,
            UploadedAt = clock.GetUtcNow(),
        };
        dbContext.Add(row);
        await dbContext.SaveChangesAsync(cancellationToken);
        return new AppointmentOrderFile(row.FileId, fileName, contentType, stored.Length);
    }

    /// <summary>Returns the file store key of an order file of any profile, for support's review.</summary>
    public async Task<string?> FindContentKeyForSupportAsync(Guid fileId, CancellationToken cancellationToken) =>
        await dbContext.Set<AppointmentOrderFileRow>()
            .IgnoreQueryFilters([AccountsTenantFilter.Name])
            .Where(row => row.FileId == fileId)
            .Select(row => row.Sha256)
            .FirstOrDefaultAsync(cancellationToken);
}
