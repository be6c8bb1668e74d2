using Idocs.Documents.Profiles;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Accounts;

public sealed class EntityFrameworkProfileStore(IdocsDbContext dbContext) : IProfileStore
{
    public Task<bool> TryAddAsync(Profile profile, CancellationToken cancellationToken) =>
        AccountsSaves.TryAddAsync(dbContext, profile, cancellationToken);

    public Task<Profile?> FindAsync(Guid profileId, CancellationToken cancellationToken) =>
        dbContext.Set<Profile>().FirstOrDefaultAsync(profile => profile.Id == profileId, cancellationToken);

    public Task<Profile?> FindByIdentificationNumberAsync(string identificationNumber, CancellationToken cancellationToken) =>
        dbContext.Set<Profile>().FirstOrDefaultAsync(profile => profile.IdentificationNumber == identificationNumber, cancellationToken);
}
